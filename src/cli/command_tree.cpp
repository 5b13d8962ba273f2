#include "cli/command_tree.hpp"

#include <algorithm>
#include <cctype>

namespace knead::cli {
namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

// CLI11 appends validator descriptions to the type name: "TEXT:{bash,zsh,fish}".
std::vector<std::string> choices_of(const std::string &type_name) {
  auto open = type_name.find(":{");
  auto close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return {};
  }
  std::vector<std::string> choices;
  std::string item;
  for (auto i = open + 2; i < close; ++i) {
    if (type_name[i] == ',') {
      choices.push_back(item);
      item.clear();
    } else {
      item += type_name[i];
    }
  }
  choices.push_back(item);
  return choices;
}

ValueKind kind_of(const std::string &name, const std::string &type_name,
                  const std::vector<std::string> &choices) {
  if (!choices.empty()) {
    return ValueKind::choice;
  }
  auto words = upper(name) + " " + upper(type_name);
  if (words.find("ROUTINE") != std::string::npos) {
    return ValueKind::routine;
  }
  if (words.find("FILE") != std::string::npos || words.find("PATH") != std::string::npos ||
      words.find("DIR") != std::string::npos) {
    return ValueKind::file;
  }
  return ValueKind::text;
}

// The option's own type name ("HH:MM"), without the ":{a,b}" or ":INT in [0 - 10]"
// CLI11 appends for each validator (cutting at the first ':' would lose ":MM").
std::string own_type_name(const CLI::Option &option) {
  auto full = option.get_type_name();
  std::string suffix;
  // get_validator(int) only reads, but CLI11 2.1 declares it non-const.
  auto &mutable_option = const_cast<CLI::Option &>(option);
  for (int index = 0;; ++index) {
    try {
      const auto description = mutable_option.get_validator(index)->get_description();
      if (!description.empty()) {
        suffix += ":" + description;
      }
    } catch (const CLI::OptionNotFound &) {
      break;
    }
  }
  if (!suffix.empty() && full.size() >= suffix.size() &&
      full.compare(full.size() - suffix.size(), suffix.size(), suffix) == 0) {
    full.resize(full.size() - suffix.size());
  }
  return full;
}

std::string value_name(const CLI::Option &option) {
  auto name = own_type_name(option);
  return name.empty() ? "VALUE" : name;
}

void add_option(const CLI::Option &option, CommandInfo &command) {
  auto type_name = option.get_type_name();
  auto choices = choices_of(type_name);
  if (option.get_positional()) {
    auto name = option.get_name(true, false);
    command.positionals.push_back({name, option.get_description(),
                                   kind_of(name, own_type_name(option), choices), choices,
                                   option.get_required()});
    return;
  }
  OptionInfo info;
  for (const auto &name : option.get_snames()) {
    info.names.push_back("-" + name);
  }
  for (const auto &name : option.get_lnames()) {
    info.names.push_back("--" + name);
  }
  info.description = option.get_description();
  info.required = option.get_required();
  if (option.get_items_expected_max() > 0) {
    info.value_name = value_name(option);
    info.choices = choices;
    info.kind = kind_of(info.names.back(), own_type_name(option), choices);
  }
  command.options.push_back(std::move(info));
}

CommandInfo describe(const CLI::App &app, const std::string &path) {
  CommandInfo command;
  command.name = app.get_name();
  command.path = path;
  command.description = app.get_description();
  for (const auto *option : app.get_options()) {
    if (!option->get_group().empty()) {
      add_option(*option, command);
    }
  }
  for (const auto *sub :
       app.get_subcommands([](const CLI::App *a) { return !a->get_group().empty(); })) {
    command.subcommands.push_back(describe(*sub, path + "/" + sub->get_name()));
  }
  return command;
}

void collect(const CommandInfo &command, std::vector<const CommandInfo *> &out) {
  out.push_back(&command);
  for (const auto &sub : command.subcommands) {
    collect(sub, out);
  }
}

} // namespace

CommandInfo describe_command_tree(const CLI::App &app) {
  return describe(app, "");
}

std::vector<const CommandInfo *> all_commands(const CommandInfo &root) {
  std::vector<const CommandInfo *> out;
  collect(root, out);
  return out;
}

std::string usage_line(const CommandInfo &command) {
  std::string line = "knead";
  std::string rest = command.path;
  std::replace(rest.begin(), rest.end(), '/', ' ');
  line += rest;
  if (!command.subcommands.empty()) {
    line += " <command>";
  }
  for (const auto &positional : command.positionals) {
    line += positional.required ? " " + positional.name : " [" + positional.name + "]";
  }
  for (const auto &option : command.options) {
    if (option.required) {
      line += " " + option.names.back() + " " + option.value_name;
    }
  }
  line += " [options]";
  return line;
}

} // namespace knead::cli
