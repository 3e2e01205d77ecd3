/*
 * DynamoDB Local's SQLite jobs run by the thread that hands them over, one at a time, on the database's one connection
 * (LoopbackDynamoDbLocal puts it in front of the database's queue, in the field DynamoDB Local reads for every job).
 *
 * DynamoDB Local runs each of its statements as a job on its database's SQLite queue: the request's thread queues the
 * job, wakes the queue's thread and waits; the queue's thread runs it and wakes the request's thread again. Two thread
 * switches a job, a few jobs a request: in the model test the queue's thread alone switched about twice a request and
 * the JVM made some thirteen futex calls a request (strace), with a sixth of its CPU in the kernel. Here the request's
 * thread runs the job itself, through the queue's own executeJob (so its afterExecute: the write-ahead log's
 * checkpoints), under a lock, with the connection confined to it for the job's length and to the queue's thread again
 * after. Jobs still run one at a time and each whole, as on the queue, in the order their threads take the lock (on the
 * queue: the order they were queued, which threads racing to queue decide as well); a job queued by a running job runs
 * right after it, as it would on the queue. A job is answered once it has run: TransactWriteItems' COMMIT, which
 * DynamoDB Local queues without waiting for it, has run too when its request answers. The queue's thread stays, idle,
 * holding the connection for the queue's stop; without a connection (the queue opening it again), a job goes to the
 * queue and is waited for, under the same lock.
 */
import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

final class CallingThreadQueue extends SQLiteQueue {
  private final SQLiteQueue queue;
  private final MethodHandle executeJob;
  private final VarHandle queueConnection;
  private final VarHandle queueThread;
  private final VarHandle confinement;
  private final ReentrantLock lock = new ReentrantLock();
  /** Jobs queued by the job running, run after it; guarded by lock. */
  private final ArrayDeque<SQLiteJob<?>> queuedByJob = new ArrayDeque<>();
  private volatile boolean stopped;

  /** In front of the queue; throws if sqlite4java's internals are not as this class reaches them. */
  CallingThreadQueue(SQLiteQueue queue) throws ReflectiveOperationException {
    super(queue.getDatabaseFile());
    this.queue = queue;
    MethodHandles.Lookup queues = MethodHandles.privateLookupIn(SQLiteQueue.class, MethodHandles.lookup());
    executeJob = queues.findVirtual(SQLiteQueue.class, "executeJob", MethodType.methodType(void.class, SQLiteJob.class));
    queueConnection = queues.findVarHandle(SQLiteQueue.class, "myConnection", SQLiteConnection.class);
    queueThread = queues.findVarHandle(SQLiteQueue.class, "myThread", Thread.class);
    confinement =
        MethodHandles.privateLookupIn(SQLiteConnection.class, MethodHandles.lookup())
            .findVarHandle(SQLiteConnection.class, "myConfinement", Thread.class);
    if (queueThread.getVolatile(queue) == null || queueConnection.getVolatile(queue) == null)
      throw new IllegalStateException("the SQLite queue has no thread or no connection yet");
  }

  @Override
  public <T, J extends SQLiteJob<T>> J execute(J job) {
    if (job == null) throw new NullPointerException();
    if (lock.isHeldByCurrentThread()) {
      queuedByJob.add(job);
      return job;
    }
    lock.lock();
    try {
      run(job);
      for (SQLiteJob<?> next; (next = queuedByJob.poll()) != null; ) run(next);
    } finally {
      // A job that threw (an Error) leaves the jobs it queued to no one: cancelled, so none is waited for in vain.
      for (SQLiteJob<?> left; (left = queuedByJob.poll()) != null; ) left.cancel(true);
      lock.unlock();
    }
    return job;
  }

  /** The thread running a job is the database's thread for that job's length, as the queue's thread was. */
  @Override
  public boolean isDatabaseThread() {
    return lock.isHeldByCurrentThread() || queue.isDatabaseThread();
  }

  private void run(SQLiteJob<?> job) {
    if (stopped) {
      job.cancel(true);
      return;
    }
    SQLiteConnection connection = (SQLiteConnection) queueConnection.getVolatile(queue);
    Thread owner = (Thread) queueThread.getVolatile(queue);
    if (connection == null || owner == null) {
      queue.execute(job).complete();
      return;
    }
    confinement.setVolatile(connection, Thread.currentThread());
    try {
      // The queue's own step: the job (its failure kept in the job, the transaction rolled back), then afterExecute.
      executeJob.invokeExact(queue, (SQLiteJob) job);
    } catch (Throwable failure) {
      if (!job.isDone()) job.cancel(true);
      if (failure instanceof Error) throw (Error) failure;
      throw new IllegalStateException(failure);
    } finally {
      confinement.setVolatile(connection, owner);
    }
  }

  @Override
  public SQLiteQueue stop(boolean gracefully) {
    lock.lock();
    try {
      stopped = true;
    } finally {
      lock.unlock();
    }
    queue.stop(gracefully);
    return this;
  }

  @Override
  public SQLiteQueue join() throws InterruptedException {
    queue.join();
    return this;
  }

  @Override
  public boolean isStopped() {
    return queue.isStopped();
  }

  @Override
  public File getDatabaseFile() {
    return queue.getDatabaseFile();
  }

  @Override
  public String toString() {
    return "CallingThreadQueue[" + queue + "]";
  }
}
