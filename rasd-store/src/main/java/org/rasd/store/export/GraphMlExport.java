package org.rasd.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.RelationFact;
import org.rasd.store.db.StoredEvent;

/**
 * The actor graph as GraphML (opens in Gephi, yEd, NetworkX): entities as nodes (Arabic and Latin
 * name, type), and as directed edges every relation fact (type, modality, number of sources) and
 * every actor → target pair of an event (kind "event", the ACLED type, number of sources). The
 * event filter selects the event edges; with an entity it also keeps only the relation facts that
 * entity takes part in.
 */
public final class GraphMlExport implements Exporter {

  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  /** An edge before writing. */
  private record Edge(String id, String from, String to, String kind, String type, String modality, int sources) {}

  @Override
  public int write(Store store, EventFilter filter, OutputStream out) throws IOException {
    ExportSource src = new ExportSource(store);
    List<Edge> edges = new ArrayList<>();
    for (RelationFact f : filter.entity() == null ? store.facts().all() : store.facts().factsAbout(filter.entity())) {
      edges.add(new Edge(f.id(), f.fromEntity(), f.toEntity(), "relation", f.type(), f.modality(), f.sources().size()));
    }
    for (StoredEvent e : src.events(filter)) {
      for (String actor : e.actors()) {
        for (String target : e.targets()) {
          edges.add(new Edge(e.id() + ":" + actor + ">" + target, actor, target, "event", e.acledType(),
              e.modality(), e.sources().size()));
        }
      }
    }
    Map<String, EntityRecord> nodes = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    edges.forEach(e -> {
      ids.add(e.from());
      ids.add(e.to());
    });
    ids.forEach(id -> nodes.put(id, src.entity(id)));
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      key(x, "name_ar", "node", "string");
      key(x, "name_en", "node", "string");
      key(x, "entity_type", "node", "string");
      key(x, "provisional", "node", "boolean");
      key(x, "kind", "edge", "string");
      key(x, "type", "edge", "string");
      key(x, "modality", "edge", "string");
      key(x, "sources", "edge", "int");
      x.writeStartElement("graph");
      x.writeAttribute("id", "rasd");
      x.writeAttribute("edgedefault", "directed");
      for (EntityRecord n : nodes.values()) {
        x.writeStartElement("node");
        x.writeAttribute("id", n.id());
        data(x, "name_ar", n.nameAr());
        data(x, "name_en", n.nameEn());
        data(x, "entity_type", n.type());
        data(x, "provisional", Boolean.toString(n.provisional()));
        x.writeEndElement();
      }
      for (Edge e : edges) {
        x.writeStartElement("edge");
        x.writeAttribute("id", e.id());
        x.writeAttribute("source", e.from());
        x.writeAttribute("target", e.to());
        data(x, "kind", e.kind());
        data(x, "type", e.type());
        data(x, "modality", e.modality());
        data(x, "sources", Integer.toString(e.sources()));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML", e);
    }
    return edges.size();
  }

  private static void key(XMLStreamWriter x, String name, String domain, String type) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
