"""Reads a GraphML and a GEXF file with networkx and prints JSON: node and edge counts, node labels
by model label, and the GEXF namespaces as declared."""
import json
import re
import sys
from collections import Counter

import networkx as nx

graphml_path, gexf_path = sys.argv[1], sys.argv[2]
graphml = nx.read_graphml(graphml_path)
gexf = nx.read_gexf(gexf_path)
with open(gexf_path, encoding="utf-8") as f:
    head = f.read(500)
print(json.dumps({
    "graphml": {"nodes": graphml.number_of_nodes(), "edges": graphml.number_of_edges(),
                "labels": Counter(d.get("labels") for _, d in graphml.nodes(data=True))},
    "gexf": {"nodes": gexf.number_of_nodes(), "edges": gexf.number_of_edges(),
             "labels": Counter(d.get("labels") for _, d in gexf.nodes(data=True))},
    "gexfNamespaces": dict(re.findall(r'xmlns(?::(\w+))?="([^"]*)"', head)),
}))
