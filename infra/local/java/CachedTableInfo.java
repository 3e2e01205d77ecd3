/*
 * DynamoDB Local's table descriptions (TableInfo) kept between requests until a table changes (LoopbackDynamoDbLocal installs it).
 *
 * Nearly every request begins with LocalDBAccess.getTableInfo: a job on the database's one SQLite thread, handed over and
 * waited for, that reads the table's metadata row, parses its schema, finds its latest stream and describes that stream with
 * its shards (three statements, the shards' sequence numbers formatted with String.format), only to build the table's key
 * schema, indexes, throughput, TTL and stream specification: about a tenth of the JVM's sampled CPU in the model test. What
 * it reads changes only by LocalDBAccess's own table-changing methods (createTable, deleteTable, both updateTables,
 * createGSIColumns, backfillGSI, deleteGSI, the shards' rollover, the streams' time dilation), which DynamoDB Local's
 * request functions and its background jobs (an index's creation and deletion, TTL, the shards' rollover) all call
 * through the LocalDBAccess held in their fields. So this wrapper takes the place of DynamoDB Local's LocalDBAccess in
 * every such field it reaches from the server (the jobs' schedulers through the jobs' register), answers getTableInfo from
 * what it read before, and forgets everything once any other method than the listed reads and item writes is called,
 * before and after it runs; nor is a description kept that was read while one ran. Neither is a description whose
 * table's latest stream is not ENABLED kept: a disabled stream stays the latest for 24 hours and then is no
 * longer found (DynamoDB Local asks by the clock), where an enabled one has no end. Item counts and sizes, which
 * DescribeTable reports, are not in a TableInfo: read each time, as before.
 *
 * DynamoDB Local's callers mutate what they get (the indexes' descriptions, their throughput), so each answer is a copy of the
 * kept one, deep, made by reflection over DynamoDB Local's and the SDK's model classes, its lists, maps and dates
 * copied, its strings, numbers and enums shared; a description the copy cannot make (a class it does not know) or
 * makes different (compared field by field) is not kept, and said once.
 */
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBAccess;
import com.amazonaws.services.dynamodbv2.local.shared.access.TableInfo;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import sun.misc.Unsafe;

final class CachedTableInfo implements InvocationHandler {
  /** LocalDBAccess's methods that change no table's description: reads, and item writes with their stream records. */
  static final Set<String> KEEPING =
      Set.of(
          "getTableInfo", "getRecord", "deleteRecord", "putRecord", "queryRecords", "getTableItemCount", "getLSIItemCount",
          "getGSIItemCount", "getStreamInfo", "listTables", "getTableByteSize", "getLSIByteSize", "getGSIByteSize",
          "getLockForTable", "getGSIsByStatusFromAllTables", "fetchAllTablesWithTimeToLiveEnabled",
          "numberOfSubscriberWideInflightOnlineCreateIndexesOperations", "getStreamRecords",
          "getLatestSequenceNumberForShard", "getDeletionDateTimeForShard", "getEarliestNonExpiredSequenceNumberForShard",
          "getSequenceNumberStartForShard", "shardIsNotExpired", "beginTransaction", "commitTransaction", "rollbackTransaction");

  private static final String LOCAL_PACKAGE = "com.amazonaws.services.dynamodbv2.";

  private final LocalDBAccess own;
  /** Each table's description as last read, never handed out (answers are copies); guarded by this. */
  private final Map<String, TableInfo> kept = new HashMap<>();
  /** Table-changing calls running, and a count that moves at each one's start and end; guarded by this. */
  private int changing;
  private long generation;
  private volatile boolean uncopyableSaid;

  private CachedTableInfo(LocalDBAccess own) {
    this.own = own;
  }

  /**
   * Puts the wrapper in place of the shared database's LocalDBAccess in every field of DynamoDB Local's objects
   * reachable from the server that holds it; answers why not if it cannot (nothing replaced then), else null.
   */
  static String install(Object proxyServer, Object sharedClient) {
    try {
      Set<String> methods = new HashSet<>();
      for (Method method : LocalDBAccess.class.getMethods()) methods.add(method.getName());
      if (!methods.containsAll(KEEPING)) throw new NoSuchMethodException("LocalDBAccess has not every read this wrapper passes on: " + KEEPING);
      LocalDBAccess own = (LocalDBAccess) declaredField(sharedClient.getClass(), "dbAccess").get(sharedClient);
      if (Proxy.isProxyClass(own.getClass())) throw new IllegalStateException("the shared database's LocalDBAccess is already wrapped");
      LocalDBAccess wrapper =
          (LocalDBAccess) Proxy.newProxyInstance(CachedTableInfo.class.getClassLoader(), new Class<?>[] {LocalDBAccess.class}, new CachedTableInfo(own));
      List<Map.Entry<Field, Object>> holders = holders(own, proxyServer, sharedClient);
      if (holders.isEmpty()) throw new NoSuchFieldException("no field holds the shared database's LocalDBAccess");
      // All or none: a field left holding DynamoDB Local's own would change tables unseen by the wrapper.
      for (Map.Entry<Field, Object> holder : holders) {
        Class<?> declaring = holder.getKey().getDeclaringClass();
        if (!holder.getKey().getType().isInstance(wrapper) || declaring.isHidden() || declaring.isRecord())
          throw new NoSuchFieldException(holder.getKey() + " cannot be given the wrapper");
      }
      for (Map.Entry<Field, Object> holder : holders) holder.getKey().set(holder.getValue(), wrapper);
      return null;
    } catch (Exception | LinkageError error) {
      return error.toString();
    }
  }

  /** Every field of DynamoDB Local's objects reachable from the roots that holds `own`, with the object holding it. */
  private static List<Map.Entry<Field, Object>> holders(Object own, Object... roots) throws IllegalAccessException {
    List<Map.Entry<Field, Object>> holders = new ArrayList<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    ArrayDeque<Object> next = new ArrayDeque<>(List.of(roots));
    seen.put(own, true);
    while (!next.isEmpty()) {
      Object object = next.poll();
      if (seen.put(object, true) != null) continue;
      if (object instanceof Map) {
        next.addAll(((Map<?, ?>) object).keySet());
        next.addAll(((Map<?, ?>) object).values());
      } else if (object instanceof Collection) {
        next.addAll((Collection<?>) object);
      } else if (object instanceof Object[]) {
        for (Object element : (Object[]) object) if (element != null) next.add(element);
      } else if (dynamoDbLocals(object.getClass()) && !(object instanceof Enum)) {
        for (Field field : fields(object.getClass())) {
          if (field.getType().isPrimitive()) continue;
          Object value = field.get(object);
          if (value == own) holders.add(Map.entry(field, object));
          else if (value != null) next.add(value);
        }
      }
    }
    return holders;
  }

  /** DynamoDB Local's own class, or one of the launcher's that extends one (CommittedTransactWriteItems). */
  private static boolean dynamoDbLocals(Class<?> type) {
    for (; type != null; type = type.getSuperclass()) if (type.getName().startsWith(LOCAL_PACKAGE + "local.")) return true;
    return false;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) return method.invoke(this, args);
    if (method.getName().equals("getTableInfo") && args != null && args.length == 1 && args[0] instanceof String)
      return tableInfo((String) args[0], method, args);
    if (KEEPING.contains(method.getName())) return call(method, args);
    synchronized (this) {
      changing++;
      generation++;
      kept.clear();
    }
    try {
      return call(method, args);
    } finally {
      synchronized (this) {
        changing--;
        generation++;
        kept.clear();
      }
    }
  }

  private Object tableInfo(String table, Method method, Object[] args) throws Throwable {
    TableInfo template;
    long readFrom;
    synchronized (this) {
      template = changing == 0 ? kept.get(table) : null;
      readFrom = generation;
    }
    if (template != null) return copy(template);
    Object read = call(method, args);
    if (read instanceof TableInfo && streamEndless((TableInfo) read)) {
      TableInfo copy = exactCopy((TableInfo) read);
      if (copy != null)
        synchronized (this) {
          if (changing == 0 && generation == readFrom) kept.put(table, copy);
        }
    }
    return read;
  }

  /** No stream, or an enabled one: what getTableInfo reads then stays until the table changes. */
  private static boolean streamEndless(TableInfo info) {
    return info.getLatestStreamId() == null
        || (info.getStreamSpecification() != null && Boolean.TRUE.equals(info.getStreamSpecification().getStreamEnabled()));
  }

  private Object call(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(own, args);
    } catch (InvocationTargetException thrown) {
      throw thrown.getCause();
    }
  }

  /** A copy equal to the description, field by field; null, said once, if it cannot be made so. */
  private TableInfo exactCopy(TableInfo info) {
    try {
      TableInfo copy = copy(info);
      if (same(info, copy)) return copy;
      throw new IllegalStateException("a copy differs from the description it copies");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError error) {
      if (!uncopyableSaid) System.err.println("LoopbackDynamoDbLocal: a table's description not kept (" + error + "): read again on every request");
      uncopyableSaid = true;
      return null;
    }
  }

  private static TableInfo copy(TableInfo info) throws ReflectiveOperationException {
    return (TableInfo) deepCopy(info, new IdentityHashMap<>());
  }

  private static final Unsafe UNSAFE = unsafe();

  private static Unsafe unsafe() {
    try {
      Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      return (Unsafe) theUnsafe.get(null);
    } catch (ReflectiveOperationException error) {
      throw new IllegalStateException(error);
    }
  }

  /** The collections the copy makes anew, each as its own class. */
  private static final Map<Class<?>, Supplier<Object>> COLLECTIONS =
      Map.of(
          ArrayList.class, ArrayList::new,
          LinkedList.class, LinkedList::new,
          HashMap.class, HashMap::new,
          LinkedHashMap.class, LinkedHashMap::new,
          HashSet.class, HashSet::new,
          LinkedHashSet.class, LinkedHashSet::new);

  /** A read-only view's class: how its contents are taken as a collection the copy makes, and viewed again. */
  private static final class View {
    final UnaryOperator<Object> copyOf;
    final UnaryOperator<Object> view;

    View(UnaryOperator<Object> copyOf, UnaryOperator<Object> view) {
      this.copyOf = copyOf;
      this.view = view;
    }
  }

  @SuppressWarnings("unchecked")
  private static final Map<Class<?>, View> UNMODIFIABLE =
      Map.of(
          Collections.unmodifiableList(new ArrayList<>()).getClass(),
          new View(list -> new ArrayList<>((List<Object>) list), list -> Collections.unmodifiableList((List<Object>) list)),
          Collections.unmodifiableMap(new HashMap<>()).getClass(),
          new View(map -> new LinkedHashMap<>((Map<Object, Object>) map), map -> Collections.unmodifiableMap((Map<Object, Object>) map)),
          Collections.unmodifiableSet(new HashSet<>()).getClass(),
          new View(set -> new LinkedHashSet<>((Set<Object>) set), set -> Collections.unmodifiableSet((Set<Object>) set)));

  private static boolean immutable(Object value) {
    return value instanceof String || value instanceof Enum || value instanceof Boolean || value instanceof Character
        || value.getClass() == Long.class || value.getClass() == Integer.class || value.getClass() == Double.class;
  }

  @SuppressWarnings("unchecked")
  private static Object deepCopy(Object value, IdentityHashMap<Object, Object> copies) throws ReflectiveOperationException {
    if (value == null || immutable(value)) return value;
    Object done = copies.get(value);
    if (done != null) return done;
    Class<?> type = value.getClass();
    Object copy;
    if (type == Date.class) {
      copy = ((Date) value).clone();
      copies.put(value, copy);
    } else if (COLLECTIONS.containsKey(type) || type.getName().equals("com.amazonaws.internal.SdkInternalList")
        || type.getName().equals("com.amazonaws.internal.SdkInternalMap")) {
      copy = COLLECTIONS.containsKey(type) ? COLLECTIONS.get(type).get() : type.getConstructor().newInstance();
      copies.put(value, copy);
      if (value instanceof Map)
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet())
          ((Map<Object, Object>) copy).put(deepCopy(entry.getKey(), copies), deepCopy(entry.getValue(), copies));
      else for (Object element : (Collection<?>) value) ((Collection<Object>) copy).add(deepCopy(element, copies));
    } else if (UNMODIFIABLE.containsKey(type)) {
      // Read-only views (a table's key names): a view of a copy, made and then wrapped.
      Object inner = deepCopy(UNMODIFIABLE.get(type).copyOf.apply(value), copies);
      copy = UNMODIFIABLE.get(type).view.apply(inner);
      copies.put(value, copy);
    } else if (type.getName().startsWith(LOCAL_PACKAGE) && !type.isArray()) {
      copy = UNSAFE.allocateInstance(type);
      copies.put(value, copy);
      for (Field field : allFields(type)) field.set(copy, deepCopy(field.get(value), copies));
    } else {
      throw new IllegalArgumentException("no copy of a " + type.getName());
    }
    return copy;
  }

  /** Equal, field by field down to strings, numbers, enums and dates; maps by key. */
  private static boolean same(Object one, Object other) throws IllegalAccessException {
    if (one == null || other == null) return one == other;
    if (one.getClass() != other.getClass()) return false;
    if (immutable(one) || one instanceof Date) return one.equals(other);
    if (one instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) one;
      Map<?, ?> otherMap = (Map<?, ?>) other;
      if (map.size() != otherMap.size()) return false;
      for (Map.Entry<?, ?> entry : map.entrySet())
        if (!otherMap.containsKey(entry.getKey()) || !same(entry.getValue(), otherMap.get(entry.getKey()))) return false;
      return true;
    }
    if (one instanceof Set) return one.equals(other);
    if (one instanceof Collection) {
      Collection<?> collection = (Collection<?>) one;
      if (collection.size() != ((Collection<?>) other).size()) return false;
      var others = ((Collection<?>) other).iterator();
      for (Object element : collection) if (!same(element, others.next())) return false;
      return true;
    }
    for (Field field : allFields(one.getClass())) if (!same(field.get(one), field.get(other))) return false;
    return true;
  }

  /** Each class's instance fields, its superclasses' too, made accessible; null among them for one the JDK keeps closed. */
  private static final ClassValue<List<Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          List<Field> fields = new ArrayList<>();
          for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass())
            for (Field field : declaring.getDeclaredFields())
              if (!Modifier.isStatic(field.getModifiers())) {
                fields.add(field.trySetAccessible() ? field : null);
              }
          return fields;
        }
      };

  /** The instance fields of the class and its superclasses that can be read (all others are the JDK's). */
  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>(FIELDS.get(type));
    fields.removeIf(field -> field == null);
    return fields;
  }

  /** Every instance field of the class and its superclasses; throws if one cannot be read. */
  private static List<Field> allFields(Class<?> type) {
    List<Field> fields = FIELDS.get(type);
    if (fields.contains(null)) throw new IllegalArgumentException("no copy of a " + type.getName() + ": fields the JDK keeps closed");
    return fields;
  }

  private static Field declaredField(Class<?> type, String name) throws NoSuchFieldException {
    for (Field field : fields(type)) if (field.getName().equals(name)) return field;
    throw new NoSuchFieldException(type.getName() + "." + name);
  }
}
