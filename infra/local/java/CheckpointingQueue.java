/*
 * DynamoDB Local's SQLite job queue, checkpointing its write-ahead log between jobs (LoopbackDynamoDbLocal
 * puts it in place of DynamoDB Local's own queue, on the same database file).
 *
 * SQLite checkpoints a WAL itself after a COMMIT that leaves wal_autocheckpoint pages (1,000) or more in
 * it, but only when its connection has no statement still open: a SELECT stepped to a row and not yet
 * reset keeps its read transaction, and the checkpoint gives up (SQLITE_LOCKED, silently). DynamoDB
 * Local's jobs run their COMMIT before they reset their statements (AmazonDynamoDBOfflineSQLiteJob.job:
 * COMMIT, then dispose each one), and every write reads its table's schema with a SELECT stepped to its
 * one row and no further: its log was never checkpointed, nor restarted, and grew without end (141 MB
 * after 8,000 PutItems, the database file 14 KB). Between two jobs no statement is open (each job has
 * reset its own): after each job this queue runs the checkpoint SQLite's COMMIT could not, once the log
 * holds wal_autocheckpoint pages, on the same connection, by the thread that ran the job. PASSIVE, as SQLite's own: nothing
 * else reads the file (the launcher holds its lock), so it copies every page, and the next COMMIT
 * starts the log again from its beginning. As safe against kill -9 as SQLite's own checkpoint: the
 * log is started again only after every page is in the database file.
 *
 * The log's length counts its frames: with journal_size_limit = 0 the COMMIT that starts it again cuts
 * the file to the frames it holds, so one stat per job, no query, says when a checkpoint is due.
 */
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteException;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import com.almworks.sqlite4java.SQLiteStatement;
import java.io.File;

final class CheckpointingQueue extends SQLiteQueue {
  /** A WAL file's header, and each frame's header before its page (SQLite's file format). */
  private static final int WAL_HEADER_BYTES = 32;
  private static final int FRAME_HEADER_BYTES = 24;

  private final File log;
  /** The connection the queue opened (again after a failure), and the log's length that calls for a checkpoint. */
  private SQLiteConnection connection;
  private long checkpointAt = Long.MAX_VALUE;
  private boolean failureSaid;

  CheckpointingQueue(File database) {
    super(database);
    log = new File(database.getPath() + "-wal");
  }

  @Override
  protected void initConnection(SQLiteConnection connection) throws SQLiteException {
    super.initConnection(connection);
    this.connection = connection;
    connection.exec("PRAGMA journal_size_limit = 0");
    long pages = number(connection, "PRAGMA wal_autocheckpoint");
    long pageSize = number(connection, "PRAGMA page_size");
    checkpointAt = pages > 0 ? WAL_HEADER_BYTES + pages * (FRAME_HEADER_BYTES + pageSize) : Long.MAX_VALUE;
  }

  @Override
  protected void afterExecute(SQLiteJob job) throws Throwable {
    super.afterExecute(job);
    // Not inside a transaction DynamoDB Local keeps open across jobs (TransactWriteItems): its COMMIT job comes next.
    if (log.length() < checkpointAt || connection == null || !connection.getAutoCommit()) return;
    try {
      number(connection, "PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLiteException failed) {
      // Tried again after the next job; the log grows meanwhile, as it did before this queue.
      if (!failureSaid) System.err.println("LoopbackDynamoDbLocal: the write-ahead log not checkpointed (" + failed + "): it grows until one succeeds");
      failureSaid = true;
    }
  }

  /** The first column of the statement's first row, as a number. */
  private static long number(SQLiteConnection connection, String sql) throws SQLiteException {
    SQLiteStatement statement = connection.prepare(sql, false);
    try {
      return statement.step() ? statement.columnLong(0) : 0;
    } finally {
      statement.dispose();
    }
  }
}
