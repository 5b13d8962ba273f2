#include "util/notification.hpp"

#include <doctest/doctest.h>

using namespace knead;

TEST_CASE("markup characters in a notification's body become entities") {
  CHECK(markup_escaped("Hips & <b>glutes</b> <img src=\"file:///x\">") ==
        "Hips &amp; &lt;b&gt;glutes&lt;/b&gt; &lt;img src=\"file:///x\"&gt;");
  CHECK(markup_escaped("&amp;") == "&amp;amp;");
  CHECK(markup_escaped("plain text") == "plain text");
}

TEST_CASE("quotes are written as entities only inside an attribute") {
  CHECK(markup_escaped("say \"it's\"") == "say \"it's\"");
  CHECK(markup_escaped("say \"it's\" & <go>", MarkupPlace::attribute) ==
        "say &quot;it&#39;s&quot; &amp; &lt;go&gt;");
}

TEST_CASE("notify-send gets the app name, then the summary and the escaped body after --") {
  CHECK(notify_send_argv("Time for your lower-back routine", "knead run lower-back") ==
        std::vector<std::string>{"notify-send", "--app-name=knead", "--",
                                 "Time for your lower-back routine", "knead run lower-back"});
  // The summary is plain text to the servers: only the body is escaped.
  CHECK(notify_send_argv("A & B", "-x <i>") ==
        std::vector<std::string>{"notify-send", "--app-name=knead", "--", "A & B", "-x &lt;i&gt;"});
}
