/**
 * Evidence list
 * =============
 *
 * Evidence sentences with the mentions marked, each with its report (title,
 * date) and a link that opens the report text at that sentence.
 */
import type { EvidenceItem } from "../../../src/server/api-types.ts";
import { t } from "../core/i18n.ts";
import { openReport } from "../core/report.ts";
import { h, markedText } from "./dom.ts";

export function evidenceList(items: EvidenceItem[], total = items.length): HTMLElement {
  if (items.length === 0) return h("p", { class: "muted small" }, t("panel.noEvidence"));
  return h(
    "div",
    { class: "evidence-list" },
    h(
      "ol",
      { class: "evidence" },
      items.map((item) =>
        h(
          "li",
          { class: "evidence-item" },
          h("blockquote", {}, markedText(item.text, item.highlights)),
          h(
            "div",
            { class: "source" },
            h("span", { class: "report-title" }, item.reportTitle ?? item.report),
            item.reportDate ? h("span", { class: "muted" }, ` · ${item.reportDate}`) : null,
            item.report
              ? h(
                  "a",
                  {
                    href: "#",
                    class: "open-report",
                    onclick: (event: Event) => {
                      event.preventDefault();
                      void openReport(item.report, item);
                    },
                  },
                  t("panel.openReport"),
                )
              : null,
          ),
        ),
      ),
    ),
    total > items.length ? h("p", { class: "muted small" }, t("panel.moreEvidence", { n: total - items.length })) : null,
  );
}
