/*
 * DynamoDB Local's DescribeTable, read under its table's lock (LoopbackDynamoDbLocal installs it).
 *
 * DynamoDB Local describes a table without its lock, but its job that creates an index holds the
 * table's write lock while the table's schema and its SQLite columns disagree: it first records
 * the index as CREATING and backfilling, then adds the index's columns. A DescribeTable in between
 * counts the backfilling index's items in a column not there yet and answers InternalFailure
 * (HTTP 500; "no such column: indexKey_N"), where DynamoDB answers CREATING. Under the read lock it
 * waits for the columns, as DynamoDB Local's writers to the table wait for them.
 */
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBAccess;
import com.amazonaws.services.dynamodbv2.local.shared.access.api.cp.DescribeTableFunction;
import com.amazonaws.services.dynamodbv2.model.DescribeTableRequest;
import com.amazonaws.services.dynamodbv2.model.DescribeTableResult;
import java.util.concurrent.locks.Lock;

final class TableLockedDescribeTable extends DescribeTableFunction {
  TableLockedDescribeTable(LocalDBAccess dbAccess) {
    super(dbAccess);
  }

  @Override
  public DescribeTableResult apply(DescribeTableRequest request) {
    // No name: DynamoDB Local's own validation refuses it, and there is no table to lock.
    if (request.getTableName() == null) return super.apply(request);
    Lock tableLock = dbAccess.getLockForTable(request.getTableName()).readLock();
    tableLock.lock();
    try {
      return super.apply(request);
    } finally {
      tableLock.unlock();
    }
  }
}
