#pragma once

#include "history/record.hpp"
#include "history/stats.hpp"

#include <string>
#include <vector>

namespace knead::history {

// Everything `knead report` shows, gathered from the history (cli/report.cpp).
struct ReportData {
  std::string routine;                 // empty: every routine
  std::optional<Day> since;            // --since
  std::vector<SessionRecord> sessions; // oldest first, with their notes; no --speed sessions
  std::vector<Answers> answers;        // the screening answers of each session, in step
  Stats stats;                         // over the same sessions, as seen at `now`
  TimePoint now;
};

// The wording the report carries for the person's clinician, from docs/safety.md.
inline constexpr std::string_view k_report_disclaimer =
    "knead is a self-care timer, not a medical device, and its answers are not medical "
    "advice. This is the person's own record: the pain ratings are their own, from 0 (none) "
    "to 10 (worst imaginable), and the safety questions are a screen, not a diagnosis.";

// One page of HTML for a clinician: who it is for, the routines and how often they were
// done, the adherence calendar, a chart of the pain before and after over time, the
// screening answers over time, the notes, the disclaimer and the raw sessions. All in
// one file: inline CSS and SVG, no script, no link to anything outside it. XHTML-
// compatible markup (every element closed, only the XML entities), so a strict XML
// parser reads it; printable on A4.
std::string format_report_html(const ReportData &data);
// The same, as Markdown to paste into a message.
std::string format_report_markdown(const ReportData &data);

} // namespace knead::history
