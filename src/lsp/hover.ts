import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Positioning, PresenceName, Rule } from '../core/types.js';
import { ruleDocUrl } from '../format/sarif.js';

/**
 * Rules that hold a post against its presence's positioning statement: their
 * hover shows the statement, so the author sees what the post was read
 * against.
 */
const POSITIONING_RULES = new Set(['off-positioning']);

/** Where the rules' doc pages are, from the bundle (dist/program.cjs), the compiled sources and the sources. */
const DOC_FOLDERS = ['../rules/', '../../rules/', '../../../rules/'];

/** The first paragraph of each rule's doc page (what the rule is for and why), read once. */
const explanations = new Map<string, Promise<string | undefined>>();

/** The opening paragraph of a built-in rule's doc page, or undefined for a rule that has none (a plugin's, a pattern). */
export function ruleExplanation(ruleId: string): Promise<string | undefined> {
  let explanation = explanations.get(ruleId);
  if (!explanation) {
    explanation = readExplanation(ruleId);
    explanations.set(ruleId, explanation);
  }
  return explanation;
}

async function readExplanation(ruleId: string): Promise<string | undefined> {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return undefined;
  for (const folder of DOC_FOLDERS) {
    let text: string;
    try {
      text = await readFile(fileURLToPath(new URL(`${folder}${ruleId}.md`, import.meta.url)), 'utf8');
    } catch {
      continue; // Not in this layout; try the next.
    }
    return firstParagraph(text);
  }
  return undefined;
}

/** The first paragraph after the page's title, its lines joined. */
export function firstParagraph(markdown: string): string | undefined {
  const paragraphs = markdown.split(/\r?\n\s*\r?\n/).map((p) => p.trim());
  const first = paragraphs.find((p) => p && !p.startsWith('#'));
  return first?.replace(/\s*\r?\n\s*/g, ' ');
}

/** One finding under the cursor, as the hover shows it. */
export interface HoveredFinding {
  ruleId: string;
  message: string;
  presence: PresenceName;
  rule: Rule | undefined;
  positioning: Positioning | undefined;
  explanation: string | undefined;
  /** Whether the rule has a doc page in the repository to link to. */
  documented: boolean;
}

/** The hover's Markdown for the findings under the cursor. */
export function hoverMarkdown(findings: readonly HoveredFinding[]): string {
  return findings
    .map((f) => {
      const lines = [`**${f.ruleId}**: ${escapeMarkdown(f.message)}`, ''];
      const explanation = f.explanation ?? f.rule?.description;
      if (explanation) lines.push(escapeMarkdown(explanation), '');
      if (POSITIONING_RULES.has(f.ruleId)) {
        lines.push(
          f.positioning
            ? `The ${f.presence} presence's positioning statement: *${escapeMarkdown(f.positioning.statement)}*`
            : `The ${f.presence} presence has no positioning statement in the config.`,
          '',
        );
      }
      if (f.documented) lines.push(`[Documentation of ${f.ruleId}](${ruleDocUrl(f.ruleId)})`);
      return lines.join('\n').trimEnd();
    })
    .join('\n\n---\n\n');
}

/** Text shown as itself in Markdown: a post's words must not become links, emphasis or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
