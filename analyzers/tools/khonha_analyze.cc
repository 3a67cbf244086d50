// khonha-analyze: look at and measure the analyzer from the command line.
//
//   khonha-analyze eval FILE.ref...   word and character-boundary P/R/F1
//                                     against |-separated gold files
//   khonha-analyze tokens TEXT...     the tokens of TEXT, one per line
//   khonha-analyze segment [TEXT...]  the segments of TEXT (or of each line
//                                     of stdin), '|'-separated
//
// Options (before the command): --no-hunspell, --words FILE (one extra
// lexicon word per line).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/segmentation_eval.h"

namespace {

using khonha::analyzers::Analyzer;
using khonha::analyzers::AnalyzerOptions;
using khonha::analyzers::Script;

const char* ScriptName(Script s) {
  switch (s) {
    case Script::kThai:
      return "thai";
    case Script::kLatin:
      return "latin";
    case Script::kDigit:
      return "digit";
    case Script::kOther:
      return "other";
  }
  return "?";
}

int Usage() {
  std::cerr << "usage: khonha-analyze [--no-hunspell] [--words FILE] "
               "(eval FILE.ref... | tokens TEXT... | segment TEXT...)\n";
  return 2;
}

int Eval(Analyzer& analyzer, const std::vector<std::string>& files) {
  int status = 0;
  std::printf("%-28s %6s %7s %7s %7s  %7s %7s %7s\n", "file", "lines", "w-P", "w-R", "w-F1",
              "c-P", "c-R", "c-F1");
  for (const std::string& path : files) {
    std::ifstream in(path);
    if (!in) {
      std::cerr << "khonha-analyze: cannot open " << path << "\n";
      status = 1;
      continue;
    }
    auto c = khonha::analyzers::EvaluateSegmentation(analyzer, in);
    std::string name = path.substr(path.find_last_of('/') + 1);
    std::printf("%-28s %6zu %7.4f %7.4f %7.4f  %7.4f %7.4f %7.4f\n", name.c_str(), c.lines,
                c.WordPrecision(), c.WordRecall(), c.WordF1(), c.CharPrecision(), c.CharRecall(),
                c.CharF1());
    if (c.skipped > 0) std::printf("  (%zu lines skipped: normalisation misaligned)\n", c.skipped);
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  AnalyzerOptions options;
  int i = 1;
  for (; i < argc && std::string(argv[i]).rfind("--", 0) == 0; ++i) {
    std::string opt = argv[i];
    if (opt == "--no-hunspell") {
      options.hunspell_dic = "none";
    } else if (opt == "--words" && i + 1 < argc) {
      std::ifstream in(argv[++i]);
      if (!in) {
        std::cerr << "khonha-analyze: cannot open " << argv[i] << "\n";
        return 1;
      }
      for (std::string w; std::getline(in, w);) {
        if (!w.empty()) options.extra_words.push_back(w);
      }
    } else {
      return Usage();
    }
  }
  if (i >= argc) return Usage();
  std::string command = argv[i++];
  std::vector<std::string> args(argv + i, argv + argc);
  auto created = Analyzer::Create(options);
  if (!created.ok()) {
    std::cerr << "khonha-analyze: " << created.status().ToString() << "\n";
    return 1;
  }
  Analyzer& analyzer = **created;
  if (command == "eval") {
    if (args.empty()) return Usage();
    return Eval(analyzer, args);
  }
  if (command == "tokens") {
    for (const std::string& text : args) {
      for (const auto& t : analyzer.Analyze(text)) {
        std::printf("%4u %-6s %s%s [%u,%u)\n", t.position, ScriptName(t.script), t.text.c_str(),
                    t.subword ? " (sub)" : "", t.begin, t.end);
      }
    }
    return 0;
  }
  if (command == "segment") {
    if (args.empty()) {  // one text per line from stdin
      for (std::string line; std::getline(std::cin, line);) args.push_back(line);
    }
    for (const std::string& text : args) {
      std::string line;
      for (const auto& s : analyzer.Segment(text)) line += (line.empty() ? "" : "|") + s;
      std::printf("%s\n", line.c_str());
    }
    return 0;
  }
  return Usage();
}
