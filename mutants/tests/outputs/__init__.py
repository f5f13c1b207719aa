"""Reports and outputs read from recorded results: summary, schema, diff, fleet, Allure, Korean."""
