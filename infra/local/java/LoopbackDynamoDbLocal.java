/*
 * DynamoDB Local on 127.0.0.1 only, its SQLite database tuned (stream records keyed by sequence number
 * and indexed by stream, commits without fsync, appended to a write-ahead log, the file's locks held).
 *
 * DynamoDB Local has no bind-address option: its Jetty server listens on every interface. This
 * launcher builds the server exactly as DynamoDB Local's own main (ServerRunner) does, from the
 * same command-line flags, then points its connectors at the loopback address before starting it.
 *
 * The launcher also tunes DynamoDB Local's SQLite database before the server answers, each trick
 * on its own: what DynamoDB Local stores and answers is unchanged, and should its internals differ
 * (another version), the launcher says which trick it skipped and starts without it. But it refuses to
 * start (a line beginning "LoopbackDynamoDbLocal: refusing to start:", exit code 78) without the mend
 * that answers a TransactWriteItems once its COMMIT has run: that one is not a trick but durability;
 * nor when the stream records' table's rebuild (below) failed and its transaction could not be rolled back,
 * nor when DynamoDB Local's own SQLite queue was closed and the one that checkpoints (below) did not take its place.
 * - Stream records indexed by stream: on every request to a table with a stream, DynamoDB Local
 *   looks for where the table's shard starts: SELECT MIN(SequenceNumber) FROM us WHERE StreamID = ?,
 *   over the one SQLite table that holds the stream records of all its tables, keyed by sequence
 *   number only. SQLite walks it from the oldest record until it meets one of the stream's: a table
 *   created after 30,000 other records pays for all of them on each request. The index that query
 *   (and reading a stream) needs: us(StreamID, SequenceNumber).
 * - Streams indexed by table, shards by stream: on every request to a table with a stream, DynamoDB
 *   Local finds the table's latest stream (SELECT ... FROM sm WHERE TableName = ? ... ORDER BY
 *   CreationDateTime DESC LIMIT 1), and a write or a stream read its shards (FROM ss WHERE StreamID = ?);
 *   sm is keyed by StreamID only and ss by ShardID, so each walked (and sorted) the streams and shards of
 *   every table the database ever held: the model test's lanes each create a table set of their own,
 *   and a GetItem on a streamed table cost the JVM 0.59 ms after 2 other streamed tables, 0.72 ms after
 *   100 (UpdateItem 1.14 -> 1.66 ms). The indexes sm(TableName, CreationDateTime) and ss(StreamID,
 *   CreationDateTime) give SQLite those rows in the order the queries ask for; the rows are the same.
 * - Stream records keyed by their sequence number as a column of their own: DynamoDB Local declares
 *   SequenceNumber INTEGER PRIMARY KEY, so it is the table's rowid, and its SQLite (3.8.7) uses no
 *   rowid in an index for a range: a GetRecords (WHERE StreamID = ? AND ShardID = ? AND SequenceNumber
 *   >= ? ... LIMIT ?) searched us_stream by StreamID alone and walked every record the stream holds
 *   (24 hours of them) to find the few after its iterator: an empty GetRecords cost the JVM 1.7 ms at
 *   1,000 records, 29 ms at 4,000 and 59 ms at 8,000. Declared SequenceNumber INT (the same integer
 *   affinity; DynamoDB Local binds every record's number itself), the key is an index of its own and
 *   us_stream's second column a range: the search starts at the iterator. The table is rebuilt so
 *   once, with its records, when it is DynamoDB Local's own.
 * - Commits without fsync (PRAGMA synchronous = OFF; -dbPath only matters): every write is its own
 *   transaction, whose COMMIT fsyncs the rollback journal and the database file several times,
 *   about half the JVM's CPU per PutItem. An fsync guards against the machine losing power, not
 *   against the process being killed: once COMMIT returns, every page is in the OS, which writes
 *   it out after a kill -9 as before, and a transaction is answered once its COMMIT has
 *   run (CommittedTransactWriteItems.java), not once an fsync has. A power loss or an
 *   OS crash may lose the last writes or damage .local's database (npm start -- --fresh). A
 *   connection SQLite's queue reopens after a failure fsyncs again: slower, never less safe.
 * - The database file held by its one connection (PRAGMA locking_mode = EXCLUSIVE; -dbPath only):
 *   DynamoDB Local opens its database once, on one connection (its SQLiteQueue), and runs each
 *   request's steps as transactions of their own, several per request; each took and released the
 *   file's locks and read the file's header again to see whether another process had changed it.
 *   Held, the locks are taken once; no other process can open the file while DynamoDB Local runs
 *   (none does: the file is DynamoDB Local's own), and a killed process's locks go with it.
 * - Commits appended to a write-ahead log (PRAGMA journal_mode = WAL; -dbPath only): in the default
 *   rollback journal every writing transaction creates a journal file, copies each page it changes
 *   into it, writes the pages into the database file and deletes the journal; with a WAL its
 *   COMMIT appends the changed pages to the -wal file once, and a checkpoint now and then copies
 *   them into the database file. As safe against kill -9 as before: once COMMIT returns, its pages
 *   are in the OS (write(), as above), and the next start replays the log into the database; a
 *   checkpoint cut short leaves the log in place. The mode is kept in the file; SQLite, and so any
 *   DynamoDB Local, opens it as before. With the lock held, the log's index is kept in memory (no
 *   -shm file).
 * - The log checkpointed between jobs (CheckpointingQueue.java; -dbPath only): SQLite checkpoints it
 *   after a COMMIT only when no statement is open, and DynamoDB Local's writes commit with one open,
 *   so it was never checkpointed and grew without end (141 MB after 8,000 PutItems). The launcher's
 *   queue, in place of DynamoDB Local's own on the same file, checkpoints it after a job once it holds
 *   wal_autocheckpoint pages, as SQLite would have: it stays near 1 MB.
 * - Each table's schema parsed once (SchemaCachingMapper.java): DynamoDB Local parses it from JSON
 *   on every request; the cache finds it by the JSON's CRC-32 (not Arrays.hashCode: 4.5 us a 3 KB
 *   schema under C1, 12% of the SQLite thread's Java time in the model test). Each stream's
 *   StreamInfo (view type, key schema) likewise: nearly every request parses it (getTableInfo). The same mapper leaves out the JSON of each stream record that DynamoDB
 *   Local builds for a debug log line while debug logging is off.
 * - Each table's description kept until a table changes (CachedTableInfo.java): nearly every request first has
 *   the SQLite thread read the table's metadata row, its latest stream and that stream's shards (three statements,
 *   a job handed over and waited for) to build a TableInfo (keys, indexes, throughput, TTL, whether the stream is
 *   enabled), which only DynamoDB Local's table-changing calls (CreateTable, UpdateTable, DeleteTable, TTL, an
 *   index's creation or deletion, a shard's rollover) change, all through the LocalDBAccess its objects hold. A
 *   wrapper takes its place in every one of their fields, answers each request a deep copy of the description it
 *   read last, and forgets them all whenever any other call than a read or an item write runs. Not kept: a table
 *   whose latest stream is disabled (DynamoDB Local stops finding it 24 hours later, by the clock). Installed
 *   last, all fields or none; a description the copy cannot make exactly is read every time, said once.
 * - SQLite's jobs run by the requests' own threads (CallingThreadQueue.java): DynamoDB Local hands each statement to its
 *   database's one SQLite queue and waits; the queue's thread runs it and wakes the request's thread again: two thread
 *   switches a job, a few jobs a request (in the model test ten switches and some thirteen futex calls a request, a
 *   sixth of the JVM's CPU in the kernel). In front of the queue, in the field DynamoDB Local reads for every job, the
 *   launcher's queue has the request's thread run the job through the queue's own step (its checkpoints too), one job
 *   at a time under a lock, the connection confined to that thread for the job's length: jobs still run one at a time
 *   and each whole. Installed after the launcher's own jobs and before the TransactWriteItems mend (which queues on it);
 *   where sqlite4java's internals differ, the jobs go to the queue's thread as before, said.
 *
 * And it mends two of DynamoDB Local's own faults: DescribeTable reads its table under the table's
 * lock (TableLockedDescribeTable.java), so that it never meets an index being created half done
 * (InternalFailure, where DynamoDB answers CREATING); and TransactWriteItems answers once its
 * COMMIT has run (CommittedTransactWriteItems.java), so that a kill -9 never loses a transaction
 * already acknowledged.
 *
 * Committed compiled (the .class files) because a Java runtime without the JDK cannot
 * compile sources. After changing this file:
 *   EMU=node_modules/amplify-dynamodb-simulator/emulator
 *   javac --release 17 -cp "$EMU/DynamoDBLocal.jar:$EMU/DynamoDBLocal_lib/*" -d infra/local/java infra/local/java/*.java
 */
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import com.almworks.sqlite4java.SQLiteStatement;
import com.amazonaws.services.dynamodbv2.datamodel.DocumentFactory;
import com.amazonaws.services.dynamodbv2.dbenv.DbEnv;
import com.amazonaws.services.dynamodbv2.exceptions.AWSExceptionFactory;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBAccess;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBInputConverter;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBOutputConverter;
import com.amazonaws.services.dynamodbv2.local.shared.access.api.cp.DescribeTableFunction;
import com.amazonaws.services.dynamodbv2.local.shared.access.api.dp.TransactWriteItemsFunction;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import sun.misc.Unsafe;

public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Server server = (Server) field(proxy, "server");
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local's server has no connector to bind to 127.0.0.1");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    Object sharedClient = sharedClient(proxy);
    SQLiteQueue database = sharedDatabase(sharedClient);
    if (database != null) {
      database = checkpointing(sharedClient, database);
      if (database == null) {
        // Not a speed trick: DynamoDB Local's own queue is closed and no other took its place.
        System.err.println(REFUSED + "the SQLite queue that checkpoints the write-ahead log could not take the place of DynamoDB Local's own, closed");
        System.exit(REFUSED_EXIT_CODE);
      }
      String halfRebuilt = keyStreamRecordsBySequence(database);
      if (halfRebuilt != null) {
        // Not a speed trick: DynamoDB Local's writes would go into a transaction that never commits.
        System.err.println(REFUSED + halfRebuilt);
        System.exit(REFUSED_EXIT_CODE);
      }
      tune(database, "stream records not indexed by stream; every request to a table with a stream walks them",
          "CREATE INDEX IF NOT EXISTS us_stream ON us (StreamID, SequenceNumber)");
      // Quoted names with spaces: no DynamoDB table or index (stored under its own name) can take them.
      tune(database, "streams found by table name with a walk of every table's streams",
          "CREATE INDEX IF NOT EXISTS \"sm by table\" ON sm (TableName, CreationDateTime)");
      tune(database, "shards found by stream with a walk of every stream's shards",
          "CREATE INDEX IF NOT EXISTS \"ss by stream\" ON ss (StreamID, CreationDateTime)");
      tune(database, "commits fsync as before", "PRAGMA synchronous = OFF");
      if (database.getDatabaseFile() != null) {
        // Before the WAL: entered with the lock held, it keeps its index in memory.
        tune(database, "every transaction takes and releases the file's locks", "PRAGMA locking_mode = EXCLUSIVE", "exclusive");
        tune(database, "commits go through a rollback journal as before", "PRAGMA journal_mode = WAL", "wal");
      }
      database = onCallingThreads(sharedClient, database);
    }
    cacheSchemas();
    describeUnderTableLock(sharedClient);
    String uncommitted = answerTransactionsCommitted(sharedClient, database);
    if (uncommitted != null) {
      // Not a speed trick: without it an acknowledged transaction can be lost to a kill -9.
      System.err.println(REFUSED + "TransactWriteItems could not be made to answer after its COMMIT (" + uncommitted
          + "): DynamoDB Local would acknowledge transactions that a kill -9 can still lose");
      System.exit(REFUSED_EXIT_CODE);
    }
    // Last: the functions installed above hold DynamoDB Local's LocalDBAccess too.
    String unkept = sharedClient == null ? "the shared database's client was not reached" : CachedTableInfo.install(proxy, sharedClient);
    if (unkept != null)
      System.err.println("LoopbackDynamoDbLocal: tables' descriptions not kept between requests (" + unkept + "): each request reads its table's again");
    proxy.start();
  }

  /** How the line that says why the launcher refuses to start begins (dynamodb-local.ts reports it). */
  static final String REFUSED = "LoopbackDynamoDbLocal: refusing to start: ";
  static final int REFUSED_EXIT_CODE = 78;

  /**
   * Puts TableLockedDescribeTable in place of the shared database's DescribeTable (a final field of
   * DynamoDB Local's client, which its request handler calls for every DescribeTable); says so if it
   * cannot.
   */
  private static void describeUnderTableLock(Object sharedClient) {
    try {
      if (sharedClient == null) throw new IllegalStateException("the shared database's client was not reached");
      Object client = field(sharedClient, "amazonDynamoDB");
      Field describeTable = client.getClass().getDeclaredField("describeTable");
      describeTable.setAccessible(true);
      if (describeTable.get(client).getClass() != DescribeTableFunction.class)
        throw new NoSuchFieldException(client.getClass().getName() + ".describeTable is not DynamoDB Local's DescribeTableFunction");
      describeTable.set(client, new TableLockedDescribeTable((LocalDBAccess) field(sharedClient, "dbAccess")));
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: DescribeTable not under its table's lock (" + error
          + "): it may answer InternalFailure while an index is created");
    }
  }

  /**
   * Puts CommittedTransactWriteItems in place of DynamoDB Local's TransactWriteItems (a final field of
   * its client, built anew from the same parts); answers why not if it cannot, else null.
   */
  private static String answerTransactionsCommitted(Object sharedClient, SQLiteQueue database) {
    try {
      if (sharedClient == null || database == null) throw new IllegalStateException("the shared database was not reached");
      Object client = field(sharedClient, "amazonDynamoDB");
      Field transactWriteItems = client.getClass().getDeclaredField("transactWriteItems");
      transactWriteItems.setAccessible(true);
      Object own = transactWriteItems.get(client);
      if (own.getClass() != TransactWriteItemsFunction.class)
        throw new NoSuchFieldException(client.getClass().getName() + ".transactWriteItems is not DynamoDB Local's TransactWriteItemsFunction");
      transactWriteItems.set(
          client,
          new CommittedTransactWriteItems(
              database,
              (LocalDBAccess) field(own, "dbAccess"),
              (LocalDBInputConverter) field(own, "inputConverter"),
              (LocalDBOutputConverter) field(own, "localDBOutputConverter"),
              (AWSExceptionFactory) field(own, "awsExceptionFactory"),
              (DbEnv) field(own, "localDBEnv"),
              (DocumentFactory) field(own, "documentFactory")));
      return null;
    } catch (Exception | LinkageError error) {
      return error.toString();
    }
  }

  /**
   * Puts SchemaCachingMapper in place of the two mappers that parse tables' schemas (static finals of
   * DynamoDB Local's SQLite access, replaced through Unsafe as reflection cannot): a method that ran
   * before and keeps the old mapper still parses correctly, only without the cache.
   */
  private static void cacheSchemas() {
    String sqlite = "com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.";
    try {
      SchemaCachingMapper mapper = SchemaCachingMapper.createIfCopyable();
      if (mapper == null) return;
      Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      Unsafe unsafe = (Unsafe) theUnsafe.get(null);
      for (String owner : new String[] {sqlite + "SQLiteDBAccessJob", sqlite + "SQLiteDBAccess"}) {
        Field field = Class.forName(owner, true, LoopbackDynamoDbLocal.class.getClassLoader()).getDeclaredField("MAPPER");
        if (!Modifier.isStatic(field.getModifiers()) || !field.getType().isInstance(mapper))
          throw new NoSuchFieldException(owner + ".MAPPER is not a static DynamoDBObjectMapper");
        unsafe.putObjectVolatile(unsafe.staticFieldBase(field), unsafe.staticFieldOffset(field), mapper);
      }
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: schema cache not installed (" + error + "): every request parses its table's schema");
    }
  }

  /**
   * The shared database's client (-sharedDb: one database for every credential), reached as DynamoDB
   * Local's own request handler reaches it; null, said, if it cannot be reached.
   */
  private static Object sharedClient(DynamoDBProxyServer proxy) {
    try {
      Object requestHandler = field(field(proxy, "serverHandler"), "primaryHandler");
      Method getHandler = requestHandler.getClass().getDeclaredMethod("getHandler", String.class);
      getHandler.setAccessible(true);
      return getHandler.invoke(requestHandler, "local");
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: the shared database's client not reached (" + error + ")");
      return null;
    }
  }

  /** The shared database's SQLite queue; null, said, if it cannot be reached. */
  private static SQLiteQueue sharedDatabase(Object sharedClient) {
    try {
      if (sharedClient == null) throw new IllegalStateException("the shared database's client was not reached");
      return (SQLiteQueue) field(field(sharedClient, "dbAccess"), "queue");
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: SQLite database not reached (" + error + "); starting it untuned");
      return null;
    }
  }

  /**
   * Puts a CheckpointingQueue in place of the shared database's own SQLite queue (DynamoDB Local reads
   * its field for every job), before any request: the own queue runs the jobs it holds and closes its
   * connection, the new one opens the same file. Answers the queue the database runs on from now: the
   * own one, said, if the field is not as expected (the log then grows as before); null if the own one
   * was closed and no other took its place.
   */
  private static SQLiteQueue checkpointing(Object sharedClient, SQLiteQueue own) {
    File file = own.getDatabaseFile();
    if (file == null) return own; // in memory: no log
    Field queue;
    Object dbAccess;
    try {
      dbAccess = field(sharedClient, "dbAccess");
      queue = declaredField(dbAccess, "queue");
      if (Modifier.isFinal(queue.getModifiers()) || queue.get(dbAccess) != own)
        throw new NoSuchFieldException(dbAccess.getClass().getName() + ".queue is not the shared database's SQLite queue");
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: the write-ahead log not checkpointed between jobs (" + error
          + "): DynamoDB Local's writes keep it from checkpointing, it grows without end");
      return own;
    }
    try {
      own.stop(true).join();
      SQLiteQueue checkpointing = new CheckpointingQueue(file).start();
      queue.set(dbAccess, checkpointing);
      return checkpointing;
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: " + error);
      return null;
    }
  }

  /**
   * Puts a CallingThreadQueue in front of the shared database's SQLite queue (the field DynamoDB Local reads for every
   * job), once the launcher's own jobs on it have run; answers the queue jobs go through from now: the own one, said,
   * if the field or sqlite4java's internals are not as expected.
   */
  private static SQLiteQueue onCallingThreads(Object sharedClient, SQLiteQueue own) {
    try {
      Object dbAccess = field(sharedClient, "dbAccess");
      Field queue = declaredField(dbAccess, "queue");
      if (Modifier.isFinal(queue.getModifiers()) || queue.get(dbAccess) != own)
        throw new NoSuchFieldException(dbAccess.getClass().getName() + ".queue is not the shared database's SQLite queue");
      SQLiteQueue calling = new CallingThreadQueue(own);
      queue.set(dbAccess, calling);
      return calling;
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: SQLite jobs handed to the queue's own thread (" + error + "): two thread switches a job, as before");
      return own;
    }
  }

  /** The stream records' table as DynamoDB Local creates it, and as the launcher keys it (above). */
  private static final String ROWID_KEYED_STREAM_RECORDS =
      "CREATE TABLE us (StreamID TEXT, ShardID TEXT, SequenceNumber INTEGER, CreationDateTime INTEGER,"
          + " StreamRecord BLOB, OperationType TEXT, PRIMARY KEY(SequenceNumber))";
  private static final String SEQUENCE_KEYED_STREAM_RECORDS = ROWID_KEYED_STREAM_RECORDS.replace("SequenceNumber INTEGER", "SequenceNumber INT");

  /**
   * Rebuilds DynamoDB Local's stream records' table keyed by SequenceNumber as a column of its own
   * (above), with its records, in one transaction; says so if the table is neither its own nor the
   * launcher's. A rebuild that fails partway is rolled back (SQLite leaves the transaction open when a
   * statement in it fails), and DynamoDB Local runs on its own table, whole as before: a trick skipped.
   * Answers why the launcher must not start if that transaction could not be closed (DynamoDB Local's
   * writes on its one connection would land in a transaction never committed), else null.
   */
  private static String keyStreamRecordsBySequence(SQLiteQueue database) {
    String withoutIt = "every GetRecords walks all of its stream's records";
    try {
      return database
          .execute(
              new SQLiteJob<String>() {
                @Override
                protected String job(SQLiteConnection connection) throws Throwable {
                  SQLiteStatement statement = connection.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'us'", false);
                  String table;
                  try {
                    table = statement.step() ? statement.columnString(0) : null;
                  } finally {
                    statement.dispose();
                  }
                  // Compared by columns: the table renamed into place is stored as CREATE TABLE "us" (...).
                  if (table != null && columns(SEQUENCE_KEYED_STREAM_RECORDS).equals(columns(table))) return null;
                  if (!ROWID_KEYED_STREAM_RECORDS.equals(table)) {
                    System.err.println("LoopbackDynamoDbLocal: the stream records' table is " + table + ", not DynamoDB Local's: " + withoutIt);
                    return null;
                  }
                  try {
                    connection.exec(
                        "BEGIN IMMEDIATE; "
                            + SEQUENCE_KEYED_STREAM_RECORDS.replace("TABLE us ", "TABLE us_keyed ") + "; "
                            + "INSERT INTO us_keyed (StreamID, ShardID, SequenceNumber, CreationDateTime, StreamRecord, OperationType)"
                            + " SELECT StreamID, ShardID, SequenceNumber, CreationDateTime, StreamRecord, OperationType FROM us; "
                            + "DROP TABLE us; ALTER TABLE us_keyed RENAME TO us; COMMIT;");
                    return null;
                  } catch (Throwable failed) {
                    return rolledBack(connection, failed, withoutIt);
                  }
                }
              })
          .get();
    } catch (Exception | LinkageError error) {
      // The job threw before its transaction began (reading the table's definition): nothing written.
      System.err.println("LoopbackDynamoDbLocal: the stream records' table not keyed by sequence number (" + error + "): " + withoutIt);
      return null;
    }
  }

  /**
   * Rolls back the transaction a failed statement left open, if it did; null, said, once none is
   * open, else why the launcher must not start.
   */
  private static String rolledBack(SQLiteConnection connection, Throwable failed, String withoutIt) {
    boolean open = true;
    try {
      if (!connection.getAutoCommit()) connection.exec("ROLLBACK");
      open = !connection.getAutoCommit();
    } catch (Throwable rollback) {
      failed.addSuppressed(rollback);
    }
    if (open)
      return "the stream records' table was rebuilt partway (" + failed + ") and its transaction could not be rolled back"
          + (failed.getSuppressed().length > 0 ? " (" + failed.getSuppressed()[0] + ")" : "")
          + ": DynamoDB Local's writes would land in a transaction that never commits";
    System.err.println("LoopbackDynamoDbLocal: the stream records' table not keyed by sequence number (" + failed + "), rolled back: " + withoutIt);
    return null;
  }

  private static String columns(String createTable) {
    return createTable.substring(createTable.indexOf('('));
  }

  /** Runs one statement on the database's own connection, before any request; says so if it fails. */
  private static void tune(SQLiteQueue database, String withoutIt, String sql) {
    tune(database, withoutIt, sql, null);
  }

  /**
   * Runs one statement on the database's own connection, before any request; says so if it fails or
   * if its answer (the first column of its first row: a PRAGMA's new setting) is not the one expected.
   */
  private static void tune(SQLiteQueue database, String withoutIt, String sql, String expected) {
    try {
      String answer =
          database
              .execute(
                  new SQLiteJob<String>() {
                    @Override
                    protected String job(SQLiteConnection connection) throws Throwable {
                      SQLiteStatement statement = connection.prepare(sql, false);
                      try {
                        return statement.step() ? statement.columnString(0) : null;
                      } finally {
                        statement.dispose();
                      }
                    }
                  })
              .get();
      if (expected != null && !expected.equalsIgnoreCase(answer))
        System.err.println("LoopbackDynamoDbLocal: " + sql + " answered " + answer + ": " + withoutIt);
    } catch (Exception | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: " + sql + " failed (" + error + "): " + withoutIt);
    }
  }

  /** The value of a field of the object's class or one of its superclasses. */
  private static Object field(Object target, String name) throws ReflectiveOperationException {
    return declaredField(target, name).get(target);
  }

  /** A field of the object's class or one of its superclasses, made accessible. */
  private static Field declaredField(Object target, String name) throws NoSuchFieldException {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(target.getClass().getName() + "." + name);
  }
}
