package org.rasd.store;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.store.db.BatchWriter;
import org.rasd.store.db.Database;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.EntityStore;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.EventStore;
import org.rasd.store.db.FactStore;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.db.StoredDocument;
import org.rasd.store.db.StoredMention;
import org.rasd.store.search.IndexedDocument;
import org.rasd.store.search.SearchIndex;

/**
 * The store as a whole: the database (documents, mentions, entities, facts) and the search index
 * beside it. The database is the truth; the index follows it. Each batch is committed to the
 * database first, then to the index; if the process dies in between, opening the store indexes
 * whatever the index is missing.
 */
public final class Store implements AutoCloseable {

  /** The default data directory, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of("rasd-data");

  private final Database db;
  private final DocumentStore documents;
  private final EntityStore entities;
  private final FactStore facts;
  private final EventStore events;
  private final BatchWriter writer;
  private final SearchIndex index;

  private Store(Database db, Path indexDir) {
    this.db = db;
    this.documents = new DocumentStore(db);
    this.entities = new EntityStore(db);
    this.facts = new FactStore(db);
    this.events = new EventStore(db);
    this.writer = new BatchWriter(db);
    this.index = SearchIndex.open(indexDir);
    catchUpIndex();
  }

  /** The embedded store: SQLite database {@code rasd.db} and index {@code index/} in a directory. */
  public static Store open(Path dataDir) {
    return new Store(Database.embedded(dataDir), dataDir.resolve("index"));
  }

  /** A store on any supported database (e.g. PostgreSQL), with its index in a local directory. */
  public static Store open(String jdbcUrl, Properties credentials, Path indexDir) {
    return new Store(Database.open(jdbcUrl, credentials), indexDir);
  }

  /**
   * Stores a batch (one database transaction) and indexes what was new. Returns one outcome per
   * document, in order: stored, duplicate (nothing added) or rejected (with the reason).
   */
  public List<SaveOutcome> ingest(List<AnnotatedDocument> batch) {
    return ingest(batch, List.of(), List.of()).documents();
  }

  /**
   * Stores a batch of documents with the events and relation claims extracted from them, all in one
   * database transaction (see {@link BatchWriter}), and indexes the new documents.
   */
  public BatchWriter.Report ingest(List<AnnotatedDocument> batch, List<EventClaim> eventClaims,
      List<RelationClaim> relationClaims) {
    BatchWriter.Report report = writer.write(batch, eventClaims, relationClaims);
    List<SaveOutcome> outcomes = report.documents();
    Set<String> touchedEntities = new TreeSet<>();
    for (SaveOutcome o : outcomes) {
      if (o.stored()) {
        index.add(indexed(o.docId(), o.document()));
        touchedEntities.addAll(entityIds(o.document().mentions()));
      }
    }
    reindexEntities(touchedEntities);
    index.commit();
    return report;
  }

  /**
   * Indexes the documents the database has and the index lacks (the batch whose index commit a
   * crash prevented), with their entities. Cheap when the two agree: the index only ever receives
   * documents after the database committed them, so equal counts mean equal sets. An index holding
   * more than the database belongs to another database (the file was replaced): it is rebuilt.
   */
  private void catchUpIndex() {
    long stored = documents.count();
    if (index.documentCount() == stored) {
      return;
    }
    if (index.documentCount() > stored) {
      index.clear();
    }
    Set<String> touchedEntities = new TreeSet<>();
    for (String id : documents.ids()) {
      if (!index.containsDocument(id)) {
        StoredDocument d = documents.find(id).orElseThrow();
        List<StoredMention> mentions = documents.mentionsOf(id);
        index.add(indexed(d, mentions));
        mentions.stream().map(StoredMention::entityId).filter(e -> e != null).forEach(touchedEntities::add);
      }
    }
    reindexEntities(touchedEntities);
    index.commit();
  }

  private void reindexEntities(Set<String> ids) {
    entities.find(ids).forEach(index::addEntity);
  }

  private static IndexedDocument indexed(String id, AnnotatedDocument d) {
    Article a = d.article();
    Set<String> types = new LinkedHashSet<>();
    d.mentions().forEach(m -> types.add(m.type()));
    return new IndexedDocument(id, a.title(), a.text(), a.source(), a.published(),
        entityIds(d.mentions()), types);
  }

  private static IndexedDocument indexed(StoredDocument d, List<StoredMention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    for (StoredMention m : mentions) {
      types.add(m.type());
      if (m.entityId() != null) {
        ids.add(m.entityId());
      }
    }
    return new IndexedDocument(d.id(), d.title(), d.text(), d.source(), d.published(), ids, types);
  }

  private static Set<String> entityIds(List<Mention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    mentions.stream().filter(m -> m.resolution() != null).forEach(m -> ids.add(m.resolution().id()));
    return ids;
  }

  public Database database() {
    return db;
  }

  public DocumentStore documents() {
    return documents;
  }

  public EntityStore entities() {
    return entities;
  }

  public FactStore facts() {
    return facts;
  }

  public EventStore events() {
    return events;
  }

  public SearchIndex index() {
    return index;
  }

  @Override
  public void close() {
    index.close();
  }
}
