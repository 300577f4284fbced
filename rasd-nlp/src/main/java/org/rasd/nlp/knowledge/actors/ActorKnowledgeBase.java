package org.rasd.nlp.knowledge.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Rasd knows: armed groups, state forces, governments, persons, media, organisations.
 * Loaded from the tab-separated data files under this package's resource folder (listed in
 * index.txt), indexed by every name and alias in key form ({@link ActorNameKeys}).
 */
public final class ActorKnowledgeBase {

  private static final String RESOURCE_DIR = "/org/rasd/nlp/knowledge/actors/";

  /** One way of naming an actor: the record and how literal the name is (1 = canonical name). */
  record NameEntry(ActorRecord record, double quality) {}

  private final Map<String, ActorRecord> byId = new LinkedHashMap<>();
  private final Map<String, List<NameEntry>> byKey = new HashMap<>();
  private final Map<String, List<String>> childrenById = new HashMap<>();
  private final List<String> errors = new ArrayList<>();
  private final FuzzyKeyIndex fuzzy;

  private ActorKnowledgeBase(List<ActorRecord> records, List<String> readErrors) {
    errors.addAll(readErrors);
    for (ActorRecord r : records) {
      if (byId.putIfAbsent(r.id(), r) != null) {
        errors.add("duplicate actor id " + r.id() + " (second row ignored)");
      }
    }
    for (ActorRecord r : byId.values()) {
      for (ActorRelation rel : r.relations()) {
        if (!byId.containsKey(rel.target())) {
          errors.add("actor " + r.id() + ": relation " + rel + " names an unknown actor");
        } else if (rel.kind().equals(ActorRelation.PART_OF)) {
          childrenById.computeIfAbsent(rel.target(), k -> new ArrayList<>()).add(r.id());
        }
      }
      index(r);
    }
    fuzzy = new FuzzyKeyIndex(byKey.keySet());
  }

  /** The knowledge base shipped with Rasd. */
  public static ActorKnowledgeBase loadDefault() {
    List<ActorRecord> records = new ArrayList<>();
    List<String> readErrors = new ArrayList<>();
    for (String file : resourceLines(RESOURCE_DIR + "index.txt")) {
      try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + file)) {
        if (in == null) {
          readErrors.add("index.txt lists " + file + ", which is not in " + RESOURCE_DIR);
          continue;
        }
        ActorTsvReader.Result result = ActorTsvReader.read(file, new InputStreamReader(in, StandardCharsets.UTF_8));
        records.addAll(result.records());
        readErrors.addAll(result.errors());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read actor file " + file, e);
      }
    }
    return new ActorKnowledgeBase(records, readErrors);
  }

  /** A knowledge base of the given records (tests, tools). */
  public static ActorKnowledgeBase of(List<ActorRecord> records) {
    return new ActorKnowledgeBase(records, List.of());
  }

  /** Problems found while loading (bad rows, duplicate ids, dangling relations); empty when clean. */
  public List<String> errors() {
    return Collections.unmodifiableList(errors);
  }

  public int size() {
    return byId.size();
  }

  public Optional<ActorRecord> get(String id) {
    String bare = id.startsWith("actor:") ? id.substring("actor:".length()) : id;
    return Optional.ofNullable(byId.get(bare));
  }

  public List<ActorRecord> all() {
    return List.copyOf(byId.values());
  }

  /** Ids of the actors that are part of this one (its units, members). */
  public List<String> children(String id) {
    return childrenById.getOrDefault(id, List.of());
  }

  /**
   * The actors a name (Arabic or Latin, canonical or alias, with clitics, head words or small
   * spelling differences) may refer to, best first; empty if none is close enough.
   */
  public List<ActorRecord> lookup(String name) {
    for (String key : ActorNameKeys.searchKeys(name)) {
      List<NameEntry> found = entries(key);
      if (!found.isEmpty()) {
        return found.stream().map(NameEntry::record).distinct().toList();
      }
    }
    return new ActorMatcher(this).match(name, null).map(m -> List.of(m.record())).orElse(List.of());
  }

  List<NameEntry> entries(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  FuzzyKeyIndex fuzzyIndex() {
    return fuzzy;
  }

  private void index(ActorRecord r) {
    addName(ActorNameKeys.key(r.nameAr()), r, 1.0);
    addName(ActorNameKeys.key(r.nameEn()), r, 1.0);
    for (String alias : r.aliasesAr()) {
      addName(ActorNameKeys.key(alias), r, 0.95);
    }
    for (String alias : r.aliasesEn()) {
      addName(ActorNameKeys.key(alias), r, 0.95);
    }
    for (String name : r.allNames()) {
      String key = ActorNameKeys.key(name);
      String headless = ActorNameKeys.withoutHead(key);
      if (!headless.equals(key)) {
        addName(headless, r, 0.9);
      }
    }
  }

  private void addName(String key, ActorRecord r, double quality) {
    if (key.isEmpty()) {
      return;
    }
    List<NameEntry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (NameEntry e : list) {
      if (e.record() == r) {
        return; // first (most literal) way of naming wins
      }
    }
    list.add(new NameEntry(r, quality));
  }

  private static List<String> resourceLines(String path) {
    try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
