// md2man: turns one of knead's Markdown pages into a manual page, so the page and the
// manual are one text and cannot drift (knead-routine(5) is docs/routine-format.md).
//
//   md2man INPUT.md OUTPUT NAME SECTION VERSION "WHAT IT IS" "SEE ALSO"
//
// It knows the Markdown the docs use, no more: headings (## is a section, ### and
// deeper a subsection), paragraphs, lists, fenced code, pipe tables (each row a tagged
// paragraph: the first cell is the tag) and inline `code`, **bold**, *emphasis* and
// [links](target). SEE ALSO is a comma-separated list of pages, "knead(1)". The
// first # heading and the text before the first ## become the
// page's DESCRIPTION. Characters outside ASCII are written as groff's \[uXXXX], so the
// page reads the same in every locale and groff needs no preprocessor.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The next UTF-8 character of `text` at `i` (advancing `i`); invalid bytes become U+FFFD.
std::uint32_t next_code_point(const std::string &text, std::size_t &i) {
  const auto lead = static_cast<unsigned char>(text[i++]);
  int extra = 0;
  std::uint32_t code = 0;
  if (lead >= 0xF0) {
    extra = 3;
    code = lead & 0x07U;
  } else if (lead >= 0xE0) {
    extra = 2;
    code = lead & 0x0FU;
  } else if (lead >= 0xC0) {
    extra = 1;
    code = lead & 0x1FU;
  } else {
    return 0xFFFD;
  }
  for (int k = 0; k < extra; ++k) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      return 0xFFFD;
    }
    code = (code << 6U) | (static_cast<unsigned char>(text[i++]) & 0x3FU);
  }
  return code;
}

// `text` escaped for roff: backslash, minus (a real minus, so options can be searched
// and copied) and every character outside ASCII.
std::string escape(const std::string &text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "\\[u%04X]", next_code_point(text, i));
      out += buffer;
      continue;
    }
    ++i;
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// A line that would read as a request (it starts with '.' or '\'') is kept as text.
std::string as_text_line(std::string line) {
  if (!line.empty() && (line.front() == '.' || line.front() == '\'')) {
    line.insert(0, "\\&");
  }
  return line;
}

// Inline Markdown to roff fonts: `code` and **bold** bold, *emphasis* italic, a link
// its text (and its address when it leads off this set of pages). `font` is the font
// around the text, which a span returns to (so spans nest without a font "BB").
std::string inline_roff(const std::string &text, char font = 'R') {
  std::string out;
  std::string plain;
  auto span = [&](char span_font, const std::string &inside, bool literal) {
    out += escape(plain);
    plain.clear();
    const auto body = literal ? escape(inside) : inline_roff(inside, span_font);
    if (span_font == font) {
      out += body;
    } else {
      out += std::string("\\f") + span_font + body + "\\f" + font;
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '`') {
      const auto end = text.find('`', i + 1);
      if (end != std::string::npos) {
        span('B', text.substr(i + 1, end - i - 1), true);
        i = end + 1;
        continue;
      }
    }
    if (text.compare(i, 2, "**") == 0) {
      const auto end = text.find("**", i + 2);
      if (end != std::string::npos) {
        span('B', text.substr(i + 2, end - i - 2), false);
        i = end + 2;
        continue;
      }
    }
    if (text[i] == '*' && i + 1 < text.size() && text[i + 1] != ' ') {
      const auto end = text.find('*', i + 1);
      if (end != std::string::npos) {
        span('I', text.substr(i + 1, end - i - 1), false);
        i = end + 1;
        continue;
      }
    }
    if (text[i] == '[') {
      const auto close = text.find("](", i);
      const auto end = close == std::string::npos ? close : text.find(')', close);
      if (end != std::string::npos) {
        out += escape(plain);
        plain.clear();
        out += inline_roff(text.substr(i + 1, close - i - 1), font);
        const auto target = text.substr(close + 2, end - close - 2);
        if (target.rfind("http", 0) == 0) {
          out += " <" + escape(target) + ">";
        }
        i = end + 1;
        continue;
      }
    }
    plain += text[i];
    ++i;
  }
  return out + escape(plain);
}

std::string trim(const std::string &text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) {
    return "";
  }
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string upper(std::string text) {
  for (auto &c : text) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return text;
}

// The cells of a table row "| a | b |" (a `|` inside `code` is part of the cell).
std::vector<std::string> cells(const std::string &row) {
  std::vector<std::string> out;
  std::string cell;
  bool code = false;
  for (std::size_t i = row.find('|') + 1; i < row.size(); ++i) {
    if (row[i] == '`') {
      code = !code;
    }
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (row[i] == '|' && !code) {
      out.push_back(trim(cell));
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  if (!trim(cell).empty()) {
    out.push_back(trim(cell));
  }
  return out;
}

bool is_list_item(const std::string &line, std::string &marker, std::string &rest) {
  if (line.rfind("- ", 0) == 0) {
    marker = "\\(bu";
    rest = line.substr(2);
    return true;
  }
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') {
    ++digits;
  }
  if (digits > 0 && line.compare(digits, 2, ". ") == 0) {
    marker = line.substr(0, digits + 1);
    rest = line.substr(digits + 2);
    return true;
  }
  return false;
}

std::string convert(const std::vector<std::string> &lines) {
  std::ostringstream out;
  bool in_code = false;
  std::vector<std::string> header;
  // A paragraph or list item is joined into one line before its inline spans are
  // read, since a `code` span may run over a line break.
  std::string request;
  std::string pending;
  auto flush = [&] {
    if (!pending.empty()) {
      out << request << "\n" << as_text_line(inline_roff(pending)) << "\n";
    }
    pending.clear();
  };
  for (const auto &line : lines) {
    if (line.rfind("```", 0) == 0) {
      flush();
      out << (in_code ? ".fi\n.RE\n" : ".PP\n.RS 4\n.nf\n");
      in_code = !in_code;
      continue;
    }
    if (in_code) {
      out << as_text_line(escape(line)) << "\n";
      continue;
    }
    const auto text = trim(line);
    if (text.empty() || text.front() == '#' || text.front() == '|') {
      flush();
    }
    if (text.empty()) {
      header.clear();
      continue;
    }
    if (text.rfind("# ", 0) == 0) {
      out << ".SH DESCRIPTION\n";
      continue;
    }
    if (text.rfind("## ", 0) == 0) {
      out << ".SH \"" << inline_roff(upper(text.substr(3))) << "\"\n";
      continue;
    }
    if (text.rfind("###", 0) == 0) {
      out << ".SS \"" << inline_roff(trim(text.substr(text.find(' ')))) << "\"\n";
      continue;
    }
    if (text.front() == '|') {
      auto row = cells(text);
      if (header.empty()) {
        header = row;
        continue;
      }
      if (!row.empty() && row.front().find_first_not_of("-: ") == std::string::npos) {
        continue; // the line under the header
      }
      out << ".TP\n" << as_text_line(inline_roff(row.empty() ? "" : row.front())) << "\n";
      std::string facts;
      for (std::size_t k = 1; k + 1 < row.size(); ++k) {
        facts += (facts.empty() ? "" : "; ") + (k < header.size() ? header[k] + ": " : "") + row[k];
      }
      if (!facts.empty()) {
        out << as_text_line(inline_roff(facts)) << "\n.br\n";
      }
      if (row.size() > 1) {
        out << as_text_line(inline_roff(row.back())) << "\n";
      }
      continue;
    }
    std::string marker;
    std::string rest;
    if (line.front() != ' ' && is_list_item(text, marker, rest)) {
      flush();
      request = ".IP " + marker + " " + (marker == "\\(bu" ? "2" : "4");
      pending = rest;
      continue;
    }
    if (pending.empty()) {
      request = ".PP";
      pending = text;
    } else {
      pending += " " + text;
    }
  }
  flush();
  return out.str();
}

// "knead(1), crontab(5)" as "\fBknead\fR(1), \fBcrontab\fR(5)".
std::string see_also(const std::string &pages) {
  std::string out;
  std::istringstream list(pages);
  for (std::string page; std::getline(list, page, ',');) {
    page = trim(page);
    const auto open = page.find('(');
    out += (out.empty() ? "" : ", ") + std::string("\\fB") + escape(page.substr(0, open)) + "\\fR" +
           (open == std::string::npos ? "" : page.substr(open));
  }
  return out;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 8) {
    std::cerr << "usage: md2man INPUT.md OUTPUT NAME SECTION VERSION WHAT SEE-ALSO\n";
    return 2;
  }
  std::ifstream input(argv[1]);
  if (!input) {
    std::cerr << "md2man: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::vector<std::string> lines;
  for (std::string line; std::getline(input, line);) {
    lines.push_back(line);
  }
  const std::string name = argv[3];
  std::ostringstream page;
  page << ".TH " << upper(escape(name)) << " " << argv[4] << " \"\" \"knead " << argv[5]
       << "\" \"knead manual\"\n"
       << ".SH NAME\n"
       << escape(name) << " \\- " << escape(argv[6]) << "\n"
       << convert(lines) << ".SH \"SEE ALSO\"\n"
       << see_also(argv[7]) << "\n";
  std::ofstream output(argv[2]);
  output << page.str();
  output.close();
  if (!output) {
    std::cerr << "md2man: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
