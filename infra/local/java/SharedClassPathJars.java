/*
 * The jars of the class path that class-data sharing accepts (infra/local/dynamodb-local-cds.ts makes them
 * once a cache key): a copy of DynamoDB Local's jar whose manifest has no Class-Path (its own lists "." and
 * log4j2.xml: a non-empty directory and a missing file, which class-data sharing refuses), and a jar of the
 * launcher's classes (a directory is refused too). The copy's Class-Path entries, in order, go to a file
 * `class-path` beside the jars: the launcher names those libraries on the class path itself.
 *
 * Java's own jar classes rather than a zip writer of our own: a JRE has no `jar` tool, but every JVM has these.
 * Usage: java -cp infra/local/java SharedClassPathJars <DynamoDBLocal.jar> <launcher classes dir> <out dir>
 */
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.Deflater;

final class SharedClassPathJars {
  public static void main(String[] args) throws IOException {
    Path emulatorJar = Path.of(args[0]);
    Path launcherClasses = Path.of(args[1]);
    Path out = Path.of(args[2]);
    copyWithoutClassPath(emulatorJar, out.resolve("DynamoDBLocal.jar"), out.resolve("class-path"));
    jarOfClasses(launcherClasses, out.resolve("launcher.jar"));
  }

  private static void copyWithoutClassPath(Path jar, Path copy, Path classPathFile) throws IOException {
    try (JarFile original = new JarFile(jar.toFile(), false)) {
      Manifest manifest = original.getManifest();
      String classPath = (String) manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
      // Buffered (the deflater writes a few hundred bytes at a time) and deflated at its fastest: the copy is made on
      // a fresh clone's first start, and the default level took ~3 CPU-s for ~1.3 (10.3 MB instead of 9.7 MB).
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16);
          JarOutputStream jarred = new JarOutputStream(file, manifest)) {
        jarred.setLevel(Deflater.BEST_SPEED);
        for (JarEntry entry : Collections.list(original.entries())) {
          if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) continue;
          jarred.putNextEntry(new JarEntry(entry.getName()));
          try (InputStream bytes = original.getInputStream(entry)) {
            bytes.transferTo(jarred);
          }
          jarred.closeEntry();
        }
      }
      List<String> entries = classPath == null ? List.of() : List.of(classPath.trim().split("\\s+"));
      Files.write(classPathFile, entries);
    }
  }

  private static void jarOfClasses(Path classes, Path jar) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(classes, "*.class")) {
      found.forEach(files::add);
    }
    Collections.sort(files);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream jarred = new JarOutputStream(file)) {
      for (Path classFile : files) {
        jarred.putNextEntry(new JarEntry(classFile.getFileName().toString()));
        Files.copy(classFile, jarred);
        jarred.closeEntry();
      }
    }
  }
}
