/*
 * DynamoDB Local on 127.0.0.1 only, its stream records indexed by stream.
 *
 * DynamoDB Local has no bind-address option: its Jetty server listens on every interface. This
 * launcher builds the server exactly as DynamoDB Local's own main (ServerRunner) does, from the
 * same command-line flags, then points its connectors at the loopback address before starting it.
 *
 * On every request to a table with a stream, DynamoDB Local looks for where the table's shard
 * starts: SELECT MIN(SequenceNumber) FROM us WHERE StreamID = ?, over the one SQLite table that
 * holds the stream records of all its tables, keyed by sequence number only. SQLite walks it
 * from the oldest record until it meets one of the stream's: a table created after 30,000 other
 * records pays for all of them on each request. The launcher adds the index that query (and
 * reading a stream) needs, us(StreamID, SequenceNumber), before the server answers; what DynamoDB Local stores and
 * answers is unchanged. Should DynamoDB Local's internals differ (another version), it says so
 * and starts without the index.
 *
 * Committed compiled (LoopbackDynamoDbLocal.class) because a Java runtime without the JDK cannot
 * compile sources. After changing this file:
 *   EMU=node_modules/amplify-dynamodb-simulator/emulator
 *   javac --release 17 -cp "$EMU/DynamoDBLocal.jar:$EMU/DynamoDBLocal_lib/*" -d infra/local/java infra/local/java/LoopbackDynamoDbLocal.java
 */
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Server server = (Server) field(proxy, "server");
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local's server has no connector to bind to 127.0.0.1");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    try {
      indexStreamRecordsByStream(proxy);
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: stream records not indexed by stream (" + error + "); every request to a table with a stream walks them");
    }
    proxy.start();
  }

  /** The shared database's SQLite queue (-sharedDb: one database for every credential), reached as DynamoDB Local's own request handler reaches it. */
  private static void indexStreamRecordsByStream(DynamoDBProxyServer proxy) throws Exception {
    Object requestHandler = field(field(proxy, "serverHandler"), "primaryHandler");
    Method getHandler = requestHandler.getClass().getDeclaredMethod("getHandler", String.class);
    getHandler.setAccessible(true);
    Object dbAccess = field(getHandler.invoke(requestHandler, "local"), "dbAccess");
    SQLiteQueue queue = (SQLiteQueue) field(dbAccess, "queue");
    queue
        .execute(
            new SQLiteJob<Void>() {
              @Override
              protected Void job(SQLiteConnection connection) throws Throwable {
                connection.exec("CREATE INDEX IF NOT EXISTS us_stream ON us (StreamID, SequenceNumber)");
                return null;
              }
            })
        .get();
  }

  /** A field of the object's class or one of its superclasses. */
  private static Object field(Object target, String name) throws ReflectiveOperationException {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(target.getClass().getName() + "." + name);
  }
}
