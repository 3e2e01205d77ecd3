/*
 * DynamoDB Local's JSON mapper, with the tables' schemas and streams parsed once (LoopbackDynamoDbLocal installs it).
 *
 * On every request DynamoDB Local reads a table's schema (TableSchemaInfo: its attributes, indexes and
 * their SQLite columns) as JSON from its metadata table and parses it with Jackson, once or several
 * times (getTableInfo, then the item's write): about a sixth of its CPU per request. Keyed by the JSON
 * itself, the cache cannot go stale: a table changed, deleted or created again stores other JSON, so
 * nothing needs invalidating. Every hit is a fresh copy, made by hand, because DynamoDB Local's callers
 * mutate the schema they get (UpdateTable, TTL) and TableInfo keeps its lists and elements: a shared
 * object would carry one request's change into the next. The copy is exact by two checks: installed
 * only while the copied classes have exactly the fields copied here (another DynamoDB Local version
 * that adds one is left uncached), and a schema is cached only if its copy serialises to the same
 * JSON as the parsed one.
 *
 * The same for each stream's StreamInfo (its view type and key schema, JSON in its metadata row):
 * DynamoDB Local's getTableInfo, which nearly every request runs, describes the table's stream and
 * parses it each time, as does every write to a table with a stream (6.6% of the SQLite thread's
 * Java time in the model test). Cached and copied as the schemas are, by the same two checks.
 *
 * And it leaves out one JSON that nothing reads: for every stream record it writes, DynamoDB Local
 * serialises the record once for its debug log line, built whether debug logging is on or off, and
 * again for the database (writeValueAsBytes). While its logger's debug level is off, the record's
 * JSON for that line (writeValueAsString of a RecordInfo, which DynamoDB Local calls for nothing
 * else) is a placeholder: the line is never logged.
 */
import com.amazonaws.services.dynamodbv2.local.shared.access.StreamInfo;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.RecordInfo;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.SQLiteDBAccessJob;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.SQLiteIndexElement;
import com.amazonaws.services.dynamodbv2.local.shared.access.sqlite.TableSchemaInfo;
import com.amazonaws.services.dynamodbv2.local.shared.mapper.DynamoDBObjectMapper;
import com.amazonaws.services.dynamodbv2.model.AttributeDefinition;
import com.amazonaws.services.dynamodbv2.model.GlobalSecondaryIndexDescription;
import com.amazonaws.services.dynamodbv2.model.KeySchemaElement;
import com.amazonaws.services.dynamodbv2.model.LocalSecondaryIndex;
import com.amazonaws.services.dynamodbv2.model.Projection;
import com.amazonaws.services.dynamodbv2.model.ProvisionedThroughputDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import org.apache.logging.log4j.Logger;

final class SchemaCachingMapper extends DynamoDBObjectMapper {
  private static final long serialVersionUID = 1L;
  /** Distinct schemas and streams kept (each table's current ones, and a few past ones), least recently used out. */
  private static final int CAPACITY = 64;

  /** Every class the copy makes, with exactly the instance fields it copies. */
  private static final Map<Class<?>, String> COPIED_FIELDS =
      Map.of(
          TableSchemaInfo.class,
          "attributes gsiDescList gsiList lsiList sqliteIndex timeToLiveAttributeName uniqueGSIIndexes uniqueIndexes",
          SQLiteIndexElement.class, "dynamoDBAttribute keyType sqliteColumnName sqliteDataType",
          StreamInfo.class, "keySchema streamViewType",
          AttributeDefinition.class, "attributeName attributeType",
          KeySchemaElement.class, "attributeName keyType",
          Projection.class, "nonKeyAttributes projectionType",
          LocalSecondaryIndex.class, "indexName keySchema projection",
          GlobalSecondaryIndexDescription.class,
          "backfilling indexArn indexName indexSizeBytes indexStatus itemCount keySchema projection provisionedThroughput",
          ProvisionedThroughputDescription.class,
          "lastDecreaseDateTime lastIncreaseDateTime numberOfDecreasesToday readCapacityUnits writeCapacityUnits");

  /** How each cached class is copied. */
  private static final Map<Class<?>, UnaryOperator<Object>> COPIES =
      Map.of(
          TableSchemaInfo.class, schema -> copy((TableSchemaInfo) schema),
          StreamInfo.class, stream -> copy((StreamInfo) stream));

  private final Map<Json, Object> parsed =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Json, Object> eldest) {
          return size() > CAPACITY;
        }
      };

  /** What a stream record's debug line holds in place of its JSON while the line is not logged. */
  static final String UNLOGGED_RECORD = "(stream record: debug logging is off)";

  /** The logger of the stream records' debug lines (SQLiteDBAccessJob's), or null: then every record is serialised. */
  private final Logger streamRecordLog = streamRecordLog();

  private static Logger streamRecordLog() {
    try {
      Field logger = SQLiteDBAccessJob.class.getDeclaredField("logger");
      logger.setAccessible(true);
      return (Logger) logger.get(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError error) {
      System.err.println("LoopbackDynamoDbLocal: stream records' debug logger not reached (" + error + "): each record serialised for it");
      return null;
    }
  }

  @Override
  public String writeValueAsString(Object value) throws JsonProcessingException {
    if (value instanceof RecordInfo && streamRecordLog != null && !streamRecordLog.isDebugEnabled()) return UNLOGGED_RECORD;
    return super.writeValueAsString(value);
  }

  /** Null if this DynamoDB Local's schema classes hold other fields than the copy knows (said why). */
  static SchemaCachingMapper createIfCopyable() {
    for (Map.Entry<Class<?>, String> copied : COPIED_FIELDS.entrySet()) {
      Set<String> fields = new TreeSet<>();
      for (Field field : copied.getKey().getDeclaredFields())
        if (!Modifier.isStatic(field.getModifiers())) fields.add(field.getName());
      if (!String.join(" ", fields).equals(copied.getValue())) {
        System.err.println(
            "LoopbackDynamoDbLocal: " + copied.getKey().getName() + " has fields " + fields + ", not the ones copied");
        return null;
      }
    }
    return new SchemaCachingMapper();
  }

  /** False once a copy came out different: then every schema is parsed, as without the cache. */
  private volatile boolean copiesExact = true;

  @Override
  public <T> T readValue(byte[] src, Class<T> valueType) throws IOException {
    UnaryOperator<Object> copy = COPIES.get(valueType);
    if (copy == null || !copiesExact) return super.readValue(src, valueType);
    Json key = new Json(valueType, src);
    Object template;
    synchronized (parsed) {
      template = parsed.get(key);
    }
    if (template == null) {
      T value = super.readValue(src, valueType);
      if (!Arrays.equals(writeValueAsBytes(value), writeValueAsBytes(copy.apply(value)))) {
        copiesExact = false;
        System.err.println("LoopbackDynamoDbLocal: a " + valueType.getSimpleName() + "'s copy differs from its parse; schemas and streams no longer cached");
        return value;
      }
      template = value;
      synchronized (parsed) {
        parsed.put(new Json(valueType, src.clone()), template);
      }
    }
    return valueType.cast(copy.apply(template));
  }

  private static StreamInfo copy(StreamInfo stream) {
    Collection<KeySchemaElement> keySchema = stream.getKeySchema();
    return new StreamInfo(stream.getStreamViewType(), keySchema == null ? null : copyList(new ArrayList<>(keySchema), KeySchemaElement::clone));
  }

  private static TableSchemaInfo copy(TableSchemaInfo schema) {
    TableSchemaInfo copy = new TableSchemaInfo();
    copy.setAttributes(copyList(schema.getAttributes(), AttributeDefinition::clone));
    copy.setLsiList(copyList(schema.getLsiList(), SchemaCachingMapper::copy));
    // gsiList is derived from gsiDescList by either setter, as Jackson's parse left it.
    if (schema.getGsiDescList() != null) copy.setGsiDescList(copyList(schema.getGsiDescList(), SchemaCachingMapper::copy));
    if (schema.getSqliteIndex() != null) {
      Map<String, List<SQLiteIndexElement>> columns = new LinkedHashMap<>();
      schema.getSqliteIndex().forEach((index, elements) -> columns.put(index, copyList(elements, SchemaCachingMapper::copy)));
      copy.setSqliteIndex(columns);
    }
    copy.setUniqueIndexes(copyList(schema.getUniqueIndexes(), SchemaCachingMapper::copy));
    copy.setUniqueGSIIndexes(copyList(schema.getUniqueGSIIndexes(), unique -> copyList(unique, SchemaCachingMapper::copy)));
    copy.setTimeToLiveAttributeName(schema.getTimeToLiveAttributeName());
    return copy;
  }

  private static SQLiteIndexElement copy(SQLiteIndexElement element) {
    SQLiteIndexElement copy = new SQLiteIndexElement();
    copy.setDynamoDBAttribute(element.getDynamoDBAttribute() == null ? null : element.getDynamoDBAttribute().clone());
    copy.setKeyType(element.getKeyType());
    copy.setSqliteColumnName(element.getSqliteColumnName());
    copy.setSqliteDataType(element.getSqliteDataType());
    return copy;
  }

  private static LocalSecondaryIndex copy(LocalSecondaryIndex index) {
    LocalSecondaryIndex copy = index.clone();
    copy.setKeySchema(copyList(index.getKeySchema(), KeySchemaElement::clone));
    copy.setProjection(copy(index.getProjection()));
    return copy;
  }

  private static GlobalSecondaryIndexDescription copy(GlobalSecondaryIndexDescription index) {
    GlobalSecondaryIndexDescription copy = index.clone();
    copy.setKeySchema(copyList(index.getKeySchema(), KeySchemaElement::clone));
    copy.setProjection(copy(index.getProjection()));
    ProvisionedThroughputDescription throughput = index.getProvisionedThroughput();
    if (throughput != null) {
      ProvisionedThroughputDescription throughputCopy = throughput.clone();
      throughputCopy.setLastIncreaseDateTime(copy(throughput.getLastIncreaseDateTime()));
      throughputCopy.setLastDecreaseDateTime(copy(throughput.getLastDecreaseDateTime()));
      copy.setProvisionedThroughput(throughputCopy);
    }
    return copy;
  }

  private static Projection copy(Projection projection) {
    if (projection == null) return null;
    Projection copy = projection.clone();
    copy.setNonKeyAttributes(projection.getNonKeyAttributes());
    return copy;
  }

  private static Date copy(Date date) {
    return date == null ? null : (Date) date.clone();
  }

  private static <E> List<E> copyList(List<E> list, UnaryOperator<E> copyElement) {
    if (list == null) return null;
    List<E> copy = new ArrayList<>(list.size());
    for (E element : list) copy.add(element == null ? null : copyElement.apply(element));
    return copy;
  }

  /**
   * A schema's or stream's JSON as stored, with the class it is parsed to, compared by content, hashed by its CRC-32: the JVM's C1 runs
   * Arrays.hashCode a byte at a time (about 1.5 ns a byte: 4.5 us for a 3 KB schema, on every
   * request's every schema read), CRC-32 with the processor's own instructions (0.2 us). Only the
   * map's buckets differ; a hit is still the same bytes (equals).
   */
  private static final class Json {
    private final Class<?> type;
    private final byte[] bytes;
    private final int hash;

    Json(Class<?> type, byte[] bytes) {
      this.type = type;
      this.bytes = bytes;
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length);
      this.hash = (int) crc.getValue();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Json && type == ((Json) other).type && Arrays.equals(bytes, ((Json) other).bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
