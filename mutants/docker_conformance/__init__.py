"""docker-conformance, the tool: its command (`cli`), the engine-facing packages (`observe`,
`engines`, `fleet`, `image`, `upgrade`), the claims with their judges, verdicts and outputs
(`conformance`, the checkout's top-level conformance/ folder) and the pytest plugin (`fixtures`,
its top-level fixtures/ folder)."""
