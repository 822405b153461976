import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { commandsOf, splitCommands } from "../../src/app-server/command-line.js";

/** A command approval as argv: what a handler may match on safely, or null. */

describe("commandsOf: codex's shell wrapper unwrapped, each command an argv", () => {
  test("an argv (legacy requests carry one) or the line codex shows", () => {
    assert.deepEqual(commandsOf(["/bin/bash", "-lc", "npm test"], undefined), [["npm", "test"]]);
    assert.deepEqual(commandsOf(undefined, "/bin/bash -lc 'npm test'"), [["npm", "test"]]);
    assert.deepEqual(commandsOf(["bash", "-c", "npm run lint"], undefined), [["npm", "run", "lint"]]);
    assert.deepEqual(commandsOf(["/usr/bin/zsh", "-lc", "ls"], undefined), [["ls"]]);
    assert.deepEqual(commandsOf(["git", "status"], undefined), [["git", "status"]], "not wrapped: the argv itself");
    assert.deepEqual(commandsOf(undefined, "git diff --stat"), [["git", "diff", "--stat"]]);
    assert.equal(commandsOf(undefined, undefined), null);
    assert.equal(commandsOf([], "a; b"), null, "a shown line that is not one command, and no argv");
  });

  test("a line of several commands is never one command: `touch PWNED; echo npm test`", () => {
    // As codex 0.169 shows it (its proposedExecpolicyAmendment for this line is ["touch", "PWNED"]: not what runs).
    assert.deepEqual(commandsOf(undefined, "/bin/bash -lc 'touch PWNED; echo npm test'"), [["touch", "PWNED"], ["echo", "npm", "test"]]);
    assert.deepEqual(commandsOf(undefined, `/bin/bash -lc "echo 'npm test'"`), [["echo", "npm test"]]);
    assert.equal(commandsOf(undefined, `/bin/bash -lc "echo '$HOME'"`), null);
    assert.deepEqual(commandsOf(["/bin/bash", "-lc", "npm test && rm -rf x"], undefined), [["npm", "test"], ["rm", "-rf", "x"]]);
  });
});

describe("splitCommands", () => {
  test("separators, quotes and escapes as the shell reads them", () => {
    assert.deepEqual(splitCommands("a && b || c | d ; e\nf"), [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]);
    assert.deepEqual(splitCommands(`echo 'a b' "c d" e\\ f 'it'\\''s'`), [["echo", "a b", "c d", "e f", "it's"]]);
    assert.deepEqual(splitCommands(`printf "%s\\n" "q\\"uote" "back\\\\slash" "keep\\x"`), [["printf", "%s\\n", 'q"uote', "back\\slash", "keep\\x"]]);
    assert.deepEqual(splitCommands("npm test -- --grep=foo"), [["npm", "test", "--", "--grep=foo"]]);
    assert.deepEqual(splitCommands("line one \\\n continued"), [["line", "one", "continued"]]);
    assert.deepEqual(splitCommands("a\n\nb\n"), [["a"], ["b"]], "blank lines are nothing");
    assert.deepEqual(splitCommands("a &&\n b"), [["a"], ["b"]], "a command may follow && on the next line");
    assert.deepEqual(splitCommands("echo ''"), [["echo", ""]], "an empty quoted word is a word");
  });

  test("null for what the words alone do not show", () => {
    const unsafe = [
      "echo $(id)",
      "echo `id`",
      "echo $HOME",
      'echo "$HOME"',
      'echo "`id`"',
      "echo hi > out.txt",
      "cat < in",
      "cat <<EOF\nx\nEOF",
      "npm test 2>&1",
      "rm *.ts",
      "ls ?",
      "ls [ab]",
      "cat ~/.ssh/id_rsa",
      "(cd x && make)",
      "{ a; b; }",
      "echo {a,b}",
      "sleep 100 &",
      "FOO=1 npm test",
      "echo hi # comment",
      "! false",
      "echo 'unclosed",
      'echo "unclosed',
      "a && && b",
      "; a",
      "a |",
      "a &&",
      "a ||\n",
      "",
      "   ",
      "echo trailing\\",
    ];
    for (const script of unsafe) assert.equal(splitCommands(script), null, JSON.stringify(script));
  });

  test("property: any argv, single-quoted and joined by separators, splits back into exactly those commands", () => {
    const word = fc.string({ unit: "binary", maxLength: 12 }).filter((s) => !/[\uD800-\uDFFF]/.test(s));
    const command = fc.array(word, { minLength: 1, maxLength: 5 });
    const quote = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(" && ", " || ", " | ", "; ", "\n"), { minLength: 3, maxLength: 3 }), (commands, separators) => {
        const script = commands.map((argv, index) => `${index === 0 ? "" : separators[(index - 1) % separators.length]}${argv.map(quote).join(" ")}`).join("");
        assert.deepEqual(splitCommands(script), commands);
      }),
      { numRuns: 1000 },
    );
  });

  test("property: whatever the script, the result is null or commands that read back the same", () => {
    const alphabet = fc.constantFrom(..."ab -=;&|\n'\"\\$`<>(){}*?[]~#!\t.".split(""));
    const quote = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join("")), (script) => {
        const commands = splitCommands(script);
        if (commands === null) return;
        assert.ok(commands.every((argv) => argv.length > 0));
        assert.deepEqual(splitCommands(commands.map((argv) => argv.map(quote).join(" ")).join("; ")), commands);
      }),
      { numRuns: 3000 },
    );
  });
});
