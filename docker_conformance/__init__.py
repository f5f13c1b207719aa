"""docker-conformance, the tool: its command (`cli`), the engine-facing packages (`observe`,
`engines`, `fleet`, `image`) and the pytest plugin (`fixtures`, from the checkout's top-level
fixtures/ folder). The claims, judges and verdicts are the `conformance` package."""
