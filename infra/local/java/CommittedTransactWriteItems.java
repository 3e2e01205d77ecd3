/*
 * DynamoDB Local's TransactWriteItems, answered once its COMMIT has run (LoopbackDynamoDbLocal installs it).
 *
 * DynamoDB Local 1.25 answers a TransactWriteItems before the transaction's COMMIT has run:
 * SQLiteDBAccess.commitTransaction queues the COMMIT on the database's one SQLite job queue and
 * returns without waiting for it (every other operation waits for its jobs). A kill -9 right after
 * the answer lost the whole transaction, though its client had been told it succeeded. The queue
 * runs its jobs in order, one at a time: a job queued after the COMMIT has finished once the COMMIT
 * has run, so the answer waits for an empty job queued after the transaction. (The local runtime
 * sent a ListTables after each answer for the same wait, a request of its own.)
 */
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import com.amazonaws.services.dynamodbv2.datamodel.DocumentFactory;
import com.amazonaws.services.dynamodbv2.dbenv.DbEnv;
import com.amazonaws.services.dynamodbv2.exceptions.AWSExceptionFactory;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBAccess;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBInputConverter;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBOutputConverter;
import com.amazonaws.services.dynamodbv2.local.shared.access.api.dp.TransactWriteItemsFunction;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsResult;

final class CommittedTransactWriteItems extends TransactWriteItemsFunction {
  private final SQLiteQueue database;

  CommittedTransactWriteItems(
      SQLiteQueue database,
      LocalDBAccess dbAccess,
      LocalDBInputConverter inputConverter,
      LocalDBOutputConverter outputConverter,
      AWSExceptionFactory exceptionFactory,
      DbEnv dbEnv,
      DocumentFactory documentFactory) {
    super(dbAccess, inputConverter, outputConverter, exceptionFactory, dbEnv, documentFactory);
    this.database = database;
  }

  @Override
  public TransactWriteItemsResult apply(TransactWriteItemsRequest request) {
    TransactWriteItemsResult result = super.apply(request);
    database
        .execute(
            new SQLiteJob<Void>() {
              @Override
              protected Void job(SQLiteConnection connection) {
                return null;
              }
            })
        .complete();
    return result;
  }
}
