// Waits until every index (including full-text ones) is online.
CALL db.awaitIndexes($timeoutSeconds)
