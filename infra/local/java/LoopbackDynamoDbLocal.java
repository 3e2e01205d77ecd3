/*
 * DynamoDB Local on 127.0.0.1 only. DynamoDB Local has no bind-address option: its Jetty server
 * listens on every interface. This launcher builds the server exactly as DynamoDB Local's own
 * main (ServerRunner) does, from the same command-line flags, then points its connectors at the
 * loopback address before starting it.
 *
 * Committed compiled (LoopbackDynamoDbLocal.class) because a Java runtime without the JDK cannot
 * compile sources. After changing this file:
 *   EMU=node_modules/amplify-dynamodb-simulator/emulator
 *   javac --release 17 -cp "$EMU/DynamoDBLocal.jar:$EMU/DynamoDBLocal_lib/*" -d infra/local/java infra/local/java/LoopbackDynamoDbLocal.java
 */
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local's server has no connector to bind to 127.0.0.1");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    proxy.start();
  }
}
