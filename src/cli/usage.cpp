#include "cli/usage.hpp"

#include "cli/checks.hpp"
#include "routine/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace knead::cli {
namespace {

// The commands chosen, from the top: {knead, remind, add}.
std::vector<const CLI::App *> chosen_chain(const CLI::App &root) {
  std::vector<const CLI::App *> chain{&root};
  for (;;) {
    const auto chosen = chain.back()->get_subcommands();
    if (chosen.empty()) {
      return chain;
    }
    chain.push_back(chosen.front());
  }
}

std::string path_of(const std::vector<const CLI::App *> &chain) {
  std::string path = "knead";
  for (std::size_t i = 1; i < chain.size(); ++i) {
    path += " " + chain[i]->get_name();
  }
  return path;
}

// Every name an option of `app` answers to: "--speed", "-h".
std::vector<std::string> option_names(const CLI::App &app) {
  std::vector<std::string> names;
  for (const auto *option : app.get_options()) {
    for (const auto &name : option->get_lnames()) {
      names.push_back("--" + name);
    }
    for (const auto &name : option->get_snames()) {
      names.push_back("-" + name);
    }
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App &app) {
  std::vector<std::string> names;
  for (const auto *sub : app.get_subcommands([](const CLI::App *) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// "did you mean \"--speed\"?" for the closest of `names`, or nothing.
std::string suggestion(std::string_view word, const std::vector<std::string> &names) {
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  const auto close = routine::closest_match(word, candidates);
  return close.empty() ? std::string() : "did you mean \"" + close + "\"?";
}

// "add, list or remove".
std::string word_list(const std::vector<std::string> &words) {
  std::string list;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      list += i + 1 == words.size() ? " or " : ", ";
    }
    list += words[i];
  }
  return list;
}

// How an option is written with its value: "--at HH:MM", "--json", "ID".
std::string usage_of(const CLI::Option &option) {
  if (option.get_positional()) {
    return option.get_type_name().empty() ? option.get_name() : option.get_type_name();
  }
  auto name = option.get_name();
  if (option.get_type_size_max() > 0) {
    auto type = option.get_type_name();
    type = type.substr(0, type.find(":{"));
    name += " " + (type.empty() ? std::string("VALUE") : type);
  }
  return name;
}

// The option of the chain that `message` begins with ("--speed: 1 required X missing").
const CLI::Option *option_named_in(const std::string &message,
                                   const std::vector<const CLI::App *> &chain) {
  for (auto app = chain.size(); app-- > 0;) {
    for (const auto *option : chain[app]->get_options()) {
      const auto name = option->get_name();
      if (!name.empty() && message.starts_with(name + ":")) {
        return option;
      }
    }
  }
  return nullptr;
}

UsageProblem extras(const std::vector<const CLI::App *> &chain, const std::string &command) {
  const auto &app = *chain.back();
  std::vector<std::string> left;
  for (const auto *each : chain) {
    for (auto &arg : each->remaining(false)) {
      left.push_back(arg);
    }
  }
  if (left.empty()) {
    return {"unexpected arguments", "", command};
  }
  const auto &first = left.front();
  if (first.size() > 1 && first.front() == '-') {
    const auto name = first.substr(0, first.find('='));
    auto names = option_names(app);
    if (chain.size() > 1) {
      for (auto &global : option_names(*chain.front())) {
        names.push_back(global);
      }
    }
    return {fmt::format("unknown option {} for {}", quoted_value(name), command),
            suggestion(name, names), command};
  }
  const auto subcommands = subcommand_names(app);
  if (!subcommands.empty() && app.get_subcommands().empty()) {
    return {fmt::format("unknown command {} for {}", quoted_value(first), command),
            suggestion(first, subcommands), command};
  }
  return {
      fmt::format("{} takes no more arguments: {} is one too many", command, quoted_value(first)),
      "", command};
}

UsageProblem required(const std::vector<const CLI::App *> &chain, const std::string &command) {
  const auto &app = *chain.back();
  if (app.get_require_subcommand_min() > 0 && app.get_subcommands().empty()) {
    // `knead remind ad`: a command was given, but not one of these.
    if (const auto left = app.remaining(false); !left.empty() && left.front().front() != '-') {
      return extras(chain, command);
    }
    return {fmt::format("{} needs a command: {}", command, word_list(subcommand_names(app))), "",
            command};
  }
  for (const auto *option : app.get_options()) {
    if (option->get_required() && option->count() == 0) {
      return {fmt::format("{} needs {}", command, usage_of(*option)), "", command};
    }
  }
  return {"something required is missing", "", command};
}

UsageProblem excludes(const std::vector<const CLI::App *> &chain, const std::string &command) {
  for (const auto *option : chain.back()->get_options()) {
    if (option->count() == 0) {
      continue;
    }
    for (const auto *other : option->get_excludes()) {
      if (other->count() > 0) {
        return {fmt::format("{} and {} cannot be given together", option->get_name(),
                            other->get_name()),
                "", command};
      }
    }
  }
  return {"two options that cannot be given together", "", command};
}

// CLI11's sentence with a lower-case start, for what none of the above words itself.
std::string lowered(std::string message) {
  if (!message.empty() && message.front() >= 'A' && message.front() <= 'Z') {
    message.front() = static_cast<char>(message.front() - 'A' + 'a');
  }
  return message;
}

} // namespace

std::string chosen_command(const CLI::App &root, const std::string &option) {
  auto chain = chosen_chain(root);
  // The deepest command that has `option`: --color before `list` is the top level's.
  while (option.starts_with("-") && chain.size() > 1) {
    const auto names = option_names(*chain.back());
    if (std::find(names.begin(), names.end(), option) != names.end()) {
      break;
    }
    chain.pop_back();
  }
  return path_of(chain);
}

UsageProblem describe_parse_error(const CLI::ParseError &error, const CLI::App &root) {
  const auto chain = chosen_chain(root);
  const auto command = path_of(chain);
  const std::string message = error.what();
  if (dynamic_cast<const CLI::ExtrasError *>(&error) != nullptr) {
    return extras(chain, command);
  }
  if (dynamic_cast<const CLI::RequiredError *>(&error) != nullptr) {
    return required(chain, command);
  }
  if (dynamic_cast<const CLI::ExcludesError *>(&error) != nullptr) {
    return excludes(chain, command);
  }
  if (const auto *option = option_named_in(message, chain)) {
    if (dynamic_cast<const CLI::ArgumentMismatch *>(&error) != nullptr) {
      return option->get_type_size_max() == 0
                 ? UsageProblem{fmt::format("{} takes no value", option->get_name()), "", command}
                 : UsageProblem{
                       fmt::format("{} needs a value: {}", option->get_name(), usage_of(*option)),
                       "", command};
    }
    if (dynamic_cast<const CLI::ConversionError *>(&error) != nullptr &&
        option->get_type_size_max() == 0) {
      return {fmt::format("{} takes no value", option->get_name()), "", command};
    }
  }
  return {lowered(message), "", command};
}

} // namespace knead::cli
