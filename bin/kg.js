#!/usr/bin/env node
// Entry point of the `kg` command: runs the TypeScript CLI through tsx, so the
// sources are the program (no build step to forget).
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
