/**
 * lib/markdown/render.ts: agreement Markdown renders as expected, and no input produces markup that
 * runs script, loads a resource or links anywhere but http(s)/mailto.
 */
import { describe, expect, it } from "vitest";
import { isSafeHref, markdownText, renderMarkdown } from "@/lib/markdown/render";
import { diffBody } from "@/lib/domain/agreements/diff";

/** Tags Markdown itself produces; anything else in the output is a leak. */
const ALLOWED_TAGS = new Set(
  "p br hr em strong del code pre blockquote ul ol li h1 h2 h3 h4 h5 h6 table thead tbody tr th td a input".split(" "),
);

/**
 * Every real tag in the output (escaped text like "&lt;img" is not a tag) must be one Markdown
 * produces, with no attributes but a safe href, title, rel, align (tables) and the disabled
 * checkbox of GFM task lists.
 */
function expectInert(html: string) {
  for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const [, tag, attributes] = match;
    expect(ALLOWED_TAGS.has(tag.toLowerCase()), `tag <${tag}>`).toBe(true);
    for (const attribute of attributes.matchAll(/([^\s=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const [, name, rawValue = ""] = attribute;
      const value = rawValue.replace(/^["']|["']$/g, "");
      expect(["href", "title", "rel", "align", "type", "disabled", "checked", "start"], `attribute ${name} on <${tag}>`).toContain(name.toLowerCase());
      if (name.toLowerCase() === "href") expect(value).toMatch(/^(https?:\/\/|mailto:)/i);
      if (name.toLowerCase() === "type") expect(value).toBe("checkbox");
    }
  }
}

describe("renderMarkdown: ordinary agreement text", () => {
  it("renders paragraphs, emphasis, lists and tables", () => {
    const html = renderMarkdown("Kommunen **skal** sende *kvittering*.\n\n- én\n- to\n\n| A | B |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<strong>skal</strong>");
    expect(html).toContain("<em>kvittering</em>");
    expect(html).toContain("<li>én</li>");
    expect(html).toContain("<th>A</th>");
    expect(html).toContain("<td>2</td>");
  });

  it("keeps http(s) and mailto links, marks external links noopener", () => {
    expect(renderMarkdown("[Sundhedsstyrelsen](https://www.sst.dk)")).toContain(
      '<a href="https://www.sst.dk" rel="noopener noreferrer nofollow">Sundhedsstyrelsen</a>',
    );
    expect(renderMarkdown("[skriv](mailto:aftale@regionsjaelland.dk)")).toContain('<a href="mailto:aftale@regionsjaelland.dk">skriv</a>');
    expect(renderMarkdown("<https://medcom.dk>")).toContain('href="https://medcom.dk"');
  });

  it("shifts body headings below the section heading", () => {
    expect(renderMarkdown("# Formål", { headingOffset: 2 })).toBe("<h3>Formål</h3>\n");
    expect(renderMarkdown("###### Dybt", { headingOffset: 3 })).toBe("<h6>Dybt</h6>\n");
    expect(renderMarkdown("## To")).toBe("<h2>To</h2>\n");
  });

  it("empty input renders nothing", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown(null)).toBe("");
  });

  it("escapes text and code", () => {
    expect(renderMarkdown("5 < 7 & 9 > 3")).toContain("5 &lt; 7 &amp; 9 &gt; 3");
    expect(renderMarkdown("`<b>`")).toContain("<code>&lt;b&gt;</code>");
    expect(renderMarkdown("```\n<script>alert(1)</script>\n```")).toContain("&lt;script&gt;");
  });
});

describe("renderMarkdown: raw HTML is never passed through", () => {
  const cases: [string, string][] = [
    ["inline script", "Hej <script>alert(1)</script> verden"],
    ["block script", "<script>\nalert(document.cookie)\n</script>"],
    ["img onerror", '<img src=x onerror="alert(1)">'],
    ["inline tag with handler", "a <b onclick=alert(1)>fed</b> tekst"],
    ["svg onload", "<svg onload=alert(1)>"],
    ["iframe", '<iframe src="https://evil.example"></iframe>'],
    ["block div with markdown inside", "<div>\n*x*\n</div>"],
    ["style tag", "<style>body{display:none}</style>"],
    ["comment", "<!-- <script>alert(1)</script> -->"],
    ["details ontoggle", "<details open ontoggle=alert(1)>"],
    ["a tag with javascript href", '<a href="javascript:alert(1)">klik</a>'],
    ["form", '<form action="https://evil.example"><input name=x></form>'],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ["base", '<base href="https://evil.example/">'],
  ];
  for (const [name, source] of cases) {
    it(`${name} is shown as text`, () => {
      const html = renderMarkdown(source);
      expectInert(html);
      expect(html).toContain("&lt;");
    });
  }
});

describe("renderMarkdown: links only to http(s) and mailto", () => {
  const cases: [string, string][] = [
    ["javascript:", "[klik](javascript:alert(1))"],
    ["JavaScript: mixed case", "[klik](JaVaScRiPt:alert(1))"],
    ["entity-encoded scheme", "[klik](java&#115;cript:alert(1))"],
    ["hex entity scheme", "[klik](&#x6A;avascript:alert(1))"],
    ["percent-encoded scheme", "[klik](javascript%3Aalert(1))"],
    ["tab inside the scheme", "[klik](<java\tscript:alert(1)>)"],
    ["leading spaces", "[klik](<   javascript:alert(1)>)"],
    ["data: URL", "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript:", "[klik](vbscript:msgbox(1))"],
    ["file:", "[klik](file:///etc/passwd)"],
    ["protocol-relative", "[klik](//evil.example)"],
    ["relative path", "[klik](/admin/brugere)"],
    ["reference link", "[klik][x]\n\n[x]: javascript:alert(1)"],
    ["autolink with javascript", "<javascript:alert(1)>"],
  ];
  for (const [name, source] of cases) {
    it(`${name} → text without a link`, () => {
      const html = renderMarkdown(source);
      expectInert(html);
      expect(html).not.toContain("<a ");
    });
  }

  it("a quote in a URL or title cannot break out of the attribute", () => {
    const html = renderMarkdown('[x](https://a.dk/"onmouseover="alert(1) "t\\"onfocus=alert(2)")');
    expectInert(html);
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });

  it("images are shown as their alternative text", () => {
    const html = renderMarkdown('![Logo <b>](https://evil.example/pixel.png "t")');
    expectInert(html);
    expect(html).toContain("Logo");
  });

  it("link text is still escaped", () => {
    const html = renderMarkdown("[<img src=x onerror=alert(1)>](https://a.dk)");
    expectInert(html);
  });
});

describe("isSafeHref", () => {
  const rows: [string | null, boolean][] = [
    ["https://www.sst.dk", true],
    ["http://medcom.dk/x?y=1", true],
    ["mailto:a@b.dk", true],
    ["HTTPS://SST.DK", true],
    ["javascript:alert(1)", false],
    ["https://a.dk\nb", false],
    ["ftp://x", false],
    ["", false],
    [null, false],
  ];
  for (const [href, safe] of rows) {
    it(`${JSON.stringify(href)} → ${safe}`, () => expect(isSafeHref(href)).toBe(safe));
  }
});

describe("markdownText: what a reader sees, for the version diff (issue 16)", () => {
  it("drops the Markdown syntax and keeps paragraphs, headings and list items apart", () => {
    expect(markdownText("# Frister\n\nKommunen svarer **inden 3 hverdage**.\n\n- første\n- anden & sidste")).toBe(
      "Frister\n\nKommunen svarer inden 3 hverdage.\n\n• første\n• anden & sidste",
    );
  });

  it("a change of emphasis only is no change of the words; a changed word shows without its **", () => {
    expect(diffBody("Svar **inden 3 hverdage**.", "Svar inden 3 hverdage.")).toEqual([{ kind: "same", text: "Svar inden 3 hverdage." }]);
    const parts = diffBody("Svar **inden 3 hverdage**.", "Svar **inden 5 hverdage**.");
    expect(parts.map((p) => p.text).join("")).not.toContain("*");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toContain("5");
  });

  it("raw HTML stays text (escaped by the renderer, then shown as the characters typed)", () => {
    expect(markdownText("Se <b>dette</b>")).toBe("Se <b>dette</b>");
  });
});
