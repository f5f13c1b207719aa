"""What the suite reads of an engine and a host: containers, links, routes, rules, namespaces, and the
scenarios that make them."""
