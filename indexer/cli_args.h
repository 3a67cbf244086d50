// A small command-line parser for the indexer's commands: named options with
// values (repeatable ones collect every value, and bare words after them),
// flags, and -h/--help. Not thread-safe; one per command invocation.
#pragma once

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace khonha::indexer {

class CliArgs {
 public:
  // `valued`: options that take a value; `lists`: valued options that also
  // take the bare words after them; `flags`: options without a value.
  CliArgs(std::set<std::string> valued, std::set<std::string> lists, std::set<std::string> flags)
      : valued_(std::move(valued)), lists_(std::move(lists)), flags_(std::move(flags)) {}

  // false (with `error` set) on an unknown option or a missing value.
  bool Parse(int argc, char** argv) {
    for (int i = 0; i < argc; ++i) {
      const std::string a = argv[i];
      if (a == "-h" || a == "--help") {
        help_ = true;
        continue;
      }
      if (flags_.count(a)) {
        values_[a].push_back("1");
        continue;
      }
      if (!valued_.count(a) && !lists_.count(a)) {
        error_ = "unknown option '" + a + "'";
        return false;
      }
      if (i + 1 >= argc) {
        error_ = a + " needs a value";
        return false;
      }
      values_[a].push_back(argv[++i]);
      if (lists_.count(a)) {
        while (i + 1 < argc && (argv[i + 1][0] != '-' || std::string(argv[i + 1]) == "-")) {
          values_[a].push_back(argv[++i]);
        }
      }
    }
    return true;
  }
  bool help() const { return help_; }
  const std::string& error() const { return error_; }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second.back();
  }
  std::vector<std::string> All(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
  }
  // A non-negative integer option; false (with error set) when malformed.
  bool GetUint(const std::string& name, uint64_t& out) {
    if (!Has(name)) return true;
    const std::string v = Get(name);
    char* end = nullptr;
    out = std::strtoull(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || v[0] == '-') {
      error_ = name + " must be a non-negative integer, not '" + v + "'";
      return false;
    }
    return true;
  }

 private:
  std::set<std::string> valued_, lists_, flags_;
  std::map<std::string, std::vector<std::string>> values_;
  bool help_ = false;
  std::string error_;
};

}  // namespace khonha::indexer
