#include "history/report.hpp"

#include "history/calendar.hpp"
#include "history/log_format.hpp"
#include "history/sparkline.hpp"
#include "history/stats_format.hpp"
#include "util/notification.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace knead::history {
namespace {

// Text from the history, safe inside an element or an attribute.
std::string esc(std::string_view raw) {
  return markup_escaped(sanitize_text(raw), MarkupPlace::attribute);
}

std::string rating(std::optional<int> value) {
  return value ? std::to_string(*value) : "–";
}

std::string change(const SessionRecord &session) {
  if (!session.pain_before || !session.pain_after) {
    return "";
  }
  const int by = *session.pain_after - *session.pain_before;
  return by == 0 ? "0" : fmt::format("{:+}", by);
}

struct RoutineCount {
  int completed = 0;
  int other = 0;
  TimePoint first;
  TimePoint last;
};

std::map<std::string, RoutineCount> count_routines(const ReportData &data) {
  std::map<std::string, RoutineCount> by_routine;
  for (const auto &session : data.sessions) {
    auto [found, added] = by_routine.try_emplace(session.routine_id);
    auto &count = found->second;
    if (added) {
      count.first = session.started_at;
    }
    count.last = session.started_at;
    (counts(session) ? count.completed : count.other) += 1;
  }
  return by_routine;
}

std::string period(const ReportData &data) {
  if (data.sessions.empty()) {
    return "no sessions";
  }
  return fmt::format("{} to {}", format_day(local_day(data.sessions.front().started_at)),
                     format_day(local_day(data.sessions.back().started_at)));
}

// One line for each screening check with a "yes" or a change from the check before.
struct ScreeningRow {
  const SessionRecord *session = nullptr;
  std::vector<std::string> yes;
  std::vector<std::string> changed;
};

std::vector<ScreeningRow> screening_rows(const ReportData &data, int &checks) {
  std::vector<ScreeningRow> rows;
  std::map<std::string, bool> previous;
  checks = 0;
  for (std::size_t i = 0; i < data.sessions.size() && i < data.answers.size(); ++i) {
    if (data.answers[i].empty()) {
      continue;
    }
    ++checks;
    ScreeningRow row;
    row.session = &data.sessions[i];
    std::map<std::string, bool> now;
    for (const auto &[question, yes] : data.answers[i]) {
      now[question] = yes;
      if (yes) {
        row.yes.push_back(question);
      }
      const auto before = previous.find(question);
      if (before != previous.end() && before->second != yes) {
        row.changed.push_back(question + (yes ? " no → yes" : " yes → no"));
      }
    }
    previous = std::move(now);
    if (!row.yes.empty() || !row.changed.empty()) {
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

std::string join(const std::vector<std::string> &items) {
  std::string out;
  for (const auto &item : items) {
    out += (out.empty() ? "" : ", ") + item;
  }
  return out;
}

constexpr int k_chart_width = 680;
constexpr int k_chart_height = 220;
constexpr int k_left = 34;
constexpr int k_bottom = 24;

std::string chart_svg(const ReportData &data) {
  std::vector<const SessionRecord *> rated;
  for (const auto &session : data.sessions) {
    if (session.pain_before || session.pain_after) {
      rated.push_back(&session);
    }
  }
  const int plot_w = k_chart_width - k_left - 10;
  const int plot_h = k_chart_height - k_bottom - 10;
  std::string svg = fmt::format(
      "<svg class=\"chart\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" "
      "aria-label=\"pain before and after each session\">\n",
      k_chart_width, k_chart_height, k_chart_width, k_chart_height);
  const auto y_of = [&](int pain) { return 10 + plot_h - pain * plot_h / 10; };
  for (int pain = 0; pain <= 10; pain += 2) {
    svg += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                       "<text x=\"{}\" y=\"{}\" class=\"axis\">{}</text>\n",
                       k_left, y_of(pain), k_left + plot_w, y_of(pain), k_left - 6, y_of(pain) + 4,
                       pain);
  }
  if (rated.empty()) {
    return svg + "</svg>\n";
  }
  const auto first = rated.front()->started_at;
  const auto span = std::max<std::int64_t>(
      1,
      std::chrono::duration_cast<std::chrono::seconds>(rated.back()->started_at - first).count());
  const auto x_of = [&](const SessionRecord &session) {
    const auto offset =
        std::chrono::duration_cast<std::chrono::seconds>(session.started_at - first).count();
    return rated.size() == 1 ? k_left + plot_w / 2
                             : k_left + static_cast<int>(offset * plot_w / span);
  };
  std::string before_line;
  std::string after_line;
  std::string points;
  for (const auto *session : rated) {
    const int x = x_of(*session);
    points += fmt::format("<g class=\"point\" data-session=\"{}\"><title>#{} {}: {} → {}</title>",
                          session->id, session->id, esc(format_local(session->started_at)),
                          rating(session->pain_before), rating(session->pain_after));
    if (session->pain_before) {
      points += fmt::format("<circle class=\"before\" cx=\"{}\" cy=\"{}\" r=\"3\"/>", x,
                            y_of(*session->pain_before));
      before_line += fmt::format("{},{} ", x, y_of(*session->pain_before));
    }
    if (session->pain_after) {
      points += fmt::format("<rect class=\"after\" x=\"{}\" y=\"{}\" width=\"5\" height=\"5\"/>",
                            x - 2, y_of(*session->pain_after) - 2);
      after_line += fmt::format("{},{} ", x, y_of(*session->pain_after));
    }
    points += "</g>\n";
  }
  svg += fmt::format("<polyline class=\"before\" points=\"{}\"/>\n", before_line);
  svg += fmt::format("<polyline class=\"after\" points=\"{}\"/>\n", after_line);
  svg += points;
  const int label_y = k_chart_height - 6;
  svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"axis start\">{}</text>", k_left, label_y,
                     format_day(local_day(first)));
  svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"axis end\">{}</text>\n", k_left + plot_w,
                     label_y, format_day(local_day(rated.back()->started_at)));
  return svg + "</svg>\n";
}

constexpr int k_cell = 13;

std::string calendar_svg(const Calendar &calendar) {
  const Day first = calendar.first();
  const Day first_monday = first - weekday(first);
  const int weeks = (calendar.last - first_monday) / 7 + 1;
  const int width = 34 + weeks * k_cell;
  const int height = 7 * k_cell + 4;
  std::string svg = fmt::format(
      "<svg class=\"calendar\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" "
      "aria-label=\"sessions each day, the last twelve weeks\">\n",
      width, height, width, height);
  constexpr std::array k_names{"Mon", "", "Wed", "", "Fri", "", "Sun"};
  for (int row = 0; row < 7; ++row) {
    svg += fmt::format("<text x=\"0\" y=\"{}\" class=\"axis\">{}</text>", row * k_cell + 10,
                       k_names[static_cast<std::size_t>(row)]);
  }
  svg += "\n";
  for (Day day = first; day <= calendar.last; ++day) {
    const auto mark = calendar.days[static_cast<std::size_t>(day - first)];
    const int column = (day - first_monday) / 7;
    svg +=
        fmt::format("<rect class=\"day {}\" data-day=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" "
                    "height=\"{}\"><title>{}: {}</title></rect>\n",
                    to_string(mark), format_day(day), 34 + column * k_cell, weekday(day) * k_cell,
                    k_cell - 2, k_cell - 2, format_day(day), to_string(mark));
  }
  return svg + "</svg>\n";
}

constexpr std::string_view k_style = R"css(
@page { size: A4; margin: 14mm; }
body { font: 10pt/1.35 sans-serif; color: #111; max-width: 190mm; margin: 1em auto; }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 10pt 0 3pt; border-bottom: 1px solid #999; }
p { margin: 2pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 1px solid #bbb; padding: 1pt 3pt; text-align: left; vertical-align: top; }
.for { color: #333; }
.disclaimer { border: 1px solid #999; padding: 3pt 5pt; font-size: 9pt; }
svg text.axis { font-size: 8px; fill: #444; text-anchor: end; }
svg text.start { text-anchor: start; }
.grid { stroke: #ddd; stroke-width: 1; }
polyline { fill: none; stroke-width: 1.2; }
polyline.before { stroke: #b22; }
polyline.after { stroke: #27a; }
circle.before { fill: #b22; }
rect.after { fill: #27a; }
rect.day { stroke: #ccc; stroke-width: 0.5; }
rect.none { fill: #fff; }
rect.partial { fill: #9cc3e6; }
rect.completed { fill: #1f5f99; }
.key-before { color: #b22; } .key-after { color: #27a; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  table.sessions { break-before: page; }
  tr { break-inside: avoid; }
}
)css";

} // namespace

std::string format_report_html(const ReportData &data) {
  const auto routines = count_routines(data);
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  html += fmt::format("<title>Pain diary: {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                      esc(period(data)), k_style);
  html += fmt::format("<h1>Pain diary, {}</h1>\n", esc(period(data)));
  html += fmt::format(
      "<p class=\"for\">For the person's GP or physiotherapist: the self-massage routines they "
      "did with knead, and their own pain ratings before and after each session{}.</p>\n",
      data.routine.empty() ? "" : " (routine " + esc(data.routine) + ")");

  html +=
      "<h2>Routines</h2>\n<table class=\"routines\"><tr><th>routine</th><th>completed</th>"
      "<th>not completed</th><th>first</th><th>last</th><th>weekly median pain before</th></tr>\n";
  for (const auto &[routine, count] : routines) {
    std::string trend = "no ratings";
    for (const auto &progress : data.stats.progress) {
      if (progress.routine == routine) {
        trend = progress_text(progress).utf8();
      }
    }
    html +=
        fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                    esc(routine), count.completed, count.other, format_day(local_day(count.first)),
                    format_day(local_day(count.last)), esc(trend));
  }
  html += "</table>\n";
  html += fmt::format("<p>{}</p>\n", esc(k_meaningful_change_note));

  html += fmt::format("<h2>Sessions each day, the last twelve weeks ({} of {} days with a "
                      "completed session)</h2>\n",
                      data.stats.calendar.completed_days(), data.stats.calendar.days.size());
  html += calendar_svg(data.stats.calendar);
  html += "<p>Dark: a completed session. Light: a session begun but not completed.</p>\n";

  html += "<h2>Pain before (<span class=\"key-before\">● red</span>) and after (<span "
          "class=\"key-after\">■ blue</span>) each session, 0–10</h2>\n";
  html += chart_svg(data);

  int checks = 0;
  const auto rows = screening_rows(data, checks);
  html += "<h2>Safety questions over time</h2>\n";
  if (rows.empty()) {
    html += fmt::format("<p>{} checks; every answer was no, and none changed.</p>\n", checks);
  } else {
    html += fmt::format("<p>{} checks; those with a yes or a change:</p>\n<table><tr><th>date</th>"
                        "<th>outcome</th><th>yes</th><th>changed</th></tr>\n",
                        checks);
    for (const auto &row : rows) {
      html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                          esc(format_local(row.session->started_at)), esc(row.session->screening),
                          esc(join(row.yes)), esc(join(row.changed)));
    }
    html += "</table>\n";
  }

  html += "<h2>Notes</h2>\n";
  std::string notes;
  for (const auto &session : data.sessions) {
    if (!session.note.empty()) {
      notes += fmt::format("<li>{} (#{}): {}</li>\n", esc(format_local(session.started_at)),
                           session.id, esc(session.note));
    }
  }
  html += notes.empty() ? "<p>No notes.</p>\n" : "<ul>\n" + notes + "</ul>\n";

  html += fmt::format("<p class=\"disclaimer\">{}</p>\n", esc(k_report_disclaimer));

  html += "<h2>Every session</h2>\n<table class=\"sessions\"><tr><th>#</th><th>started</th>"
          "<th>routine</th><th>outcome</th><th>min</th><th>steps</th><th>before</th>"
          "<th>after</th><th>change</th><th>screening</th><th>note</th></tr>\n";
  for (const auto &session : data.sessions) {
    html += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.1f}</td><td>{}/{}</td><td>{}</td>"
        "<td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        session.id, esc(format_local(session.started_at)), esc(session.routine_id),
        to_string(session.outcome), session.working_s / 60.0, session.steps_done,
        session.step_count, rating(session.pain_before), rating(session.pain_after),
        change(session), esc(session.screening), esc(session.note));
  }
  html += "</table>\n</body>\n</html>\n";
  return html;
}

namespace {

// Text from the history in a Markdown table cell.
std::string cell(std::string_view raw) {
  std::string out;
  for (const char c : sanitize_text(raw)) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace

std::string format_report_markdown(const ReportData &data) {
  std::string md = fmt::format("# Pain diary, {}\n\n", period(data));
  md += "For the person's GP or physiotherapist: the self-massage routines they did with knead, "
        "and their own pain ratings before and after each session";
  md += data.routine.empty() ? ".\n\n" : " (routine " + cell(data.routine) + ").\n\n";
  md += "## Routines\n\n| routine | completed | not completed | first | last | weekly median "
        "pain before |\n| --- | --- | --- | --- | --- | --- |\n";
  for (const auto &[routine, count] : count_routines(data)) {
    std::string trend = "no ratings";
    for (const auto &progress : data.stats.progress) {
      if (progress.routine == routine) {
        trend = progress_text(progress).utf8();
      }
    }
    md += fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(routine), count.completed,
                      count.other, format_day(local_day(count.first)),
                      format_day(local_day(count.last)), cell(trend));
  }
  md += fmt::format("\n{}\n\n", k_meaningful_change_note);
  md += fmt::format("## The last twelve weeks ({} of {} days with a completed session)\n\n```\n{}"
                    "```\n█ completed, ▒ begun but not completed, · none\n\n",
                    data.stats.calendar.completed_days(), data.stats.calendar.days.size(),
                    calendar_text(data.stats.calendar, true));
  md += fmt::format("## Pain before each day's sessions, the last 30 days\n\n```\n[{}]\n {} to "
                    "{}\n```\n\n",
                    sparkline(data.stats.pain_trend, true), format_day(data.stats.trend_first),
                    format_day(data.stats.trend_first + k_trend_days - 1));
  int checks = 0;
  const auto rows = screening_rows(data, checks);
  md += "## Safety questions over time\n\n";
  if (rows.empty()) {
    md += fmt::format("{} checks; every answer was no, and none changed.\n\n", checks);
  } else {
    md += fmt::format("{} checks; those with a yes or a change:\n\n| date | outcome | yes | "
                      "changed |\n| --- | --- | --- | --- |\n",
                      checks);
    for (const auto &row : rows) {
      md += fmt::format("| {} | {} | {} | {} |\n", format_local(row.session->started_at),
                        cell(row.session->screening), cell(join(row.yes)), cell(join(row.changed)));
    }
    md += "\n";
  }
  md += "## Notes\n\n";
  bool any_note = false;
  for (const auto &session : data.sessions) {
    if (!session.note.empty()) {
      md += fmt::format("- {} (#{}): {}\n", format_local(session.started_at), session.id,
                        cell(session.note));
      any_note = true;
    }
  }
  md += any_note ? "\n" : "No notes.\n\n";
  md += fmt::format("> {}\n\n", k_report_disclaimer);
  md += "## Every session\n\n| # | started | routine | outcome | min | steps | before | after | "
        "change | note |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const auto &session : data.sessions) {
    md += fmt::format("| {} | {} | {} | {} | {:.1f} | {}/{} | {} | {} | {} | {} |\n", session.id,
                      format_local(session.started_at), cell(session.routine_id),
                      to_string(session.outcome), session.working_s / 60.0, session.steps_done,
                      session.step_count, rating(session.pain_before), rating(session.pain_after),
                      change(session), cell(session.note));
  }
  return md;
}

} // namespace knead::history
