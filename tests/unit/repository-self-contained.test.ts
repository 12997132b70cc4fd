/**
 * The repository stands alone (issue 11): no file in it refers to a folder beside it (the "shared"
 * folder the project was started from). A user's clone
 * has nothing next to it; the reference data lives in prisma/seed/data and the product description
 * in docs/product.md. (tests/e2e/fresh-clone.spec.ts proves the start in such a clone.)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter((file) => file && fs.existsSync(file) && fs.statSync(file).isFile());

describe("a self-contained repository", () => {
  it("no file refers to the shared folder beside the repository", () => {
    const needle = ["..", "shared"].join("/"); // spelled apart so this file does not find itself
    const offenders = tracked.filter((file) => fs.readFileSync(file, "utf8").includes(needle));
    expect(offenders).toEqual([]);
  });

  it("the reference data the seed reads is in the repository", () => {
    expect(tracked).toEqual(expect.arrayContaining(["prisma/seed/data/municipalities.csv", "prisma/seed/data/initiatives-status-2019.csv", "docs/product.md"]));
  });
});
