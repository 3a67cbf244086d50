// Behaviour of ReadSource: every accepted shape, compression, and per-record errors.
#include "catalog/model/source_reader.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "tests/support/test_env.h"

namespace khonha::catalog {
namespace {

using khonha::testing::TempDir;

struct Read {
  std::vector<std::string> origins, texts, errors;
  Status status;
};

Read ReadAll(const std::string& path) {
  Read r;
  r.status = ReadSource(path, [&r](RawRecord&& rec) {
    if (rec.error.empty()) {
      r.origins.push_back(rec.origin);
      r.texts.push_back(rec.text);
    } else {
      r.errors.push_back(rec.origin + ": " + rec.error);
    }
  });
  return r;
}

TEST(SourceReader, ReadsEveryShapeCkanProduces) {
  TempDir dir;
  struct Case {
    const char* name;
    const char* content;
    size_t records;
  } cases[] = {
      {"lines.jsonl", "{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n{\"id\":\"c\"}", 3},
      {"array.json", "[\n {\"id\":\"a\"},\n {\"id\":\"b\", \"t\": \"[x], {y}\"}\n]\n", 2},
      {"search.json",
       "{\"help\": \"h\", \"success\": true, \"result\": {\"count\": 2, \"results\": "
       "[{\"id\":\"a\"},{\"id\":\"b\"}]}}",
       2},
      {"current_list.json", "{\"help\":\"h\",\"success\":true,\"result\":[{\"id\":\"a\"}]}", 1},
      {"show.json", "{\"help\":\"h\",\"success\":true,\"result\":{\"id\":\"a\"}}", 1},
      {"pretty.json", "{\n  \"id\": \"a\",\n  \"title\": \"x\"\n}\n", 1},
      {"bom.jsonl", "\xEF\xBB\xBF{\"id\":\"a\"}\n", 1},
      {"empty.jsonl", "\n\n", 0},
  };
  for (const auto& c : cases) {
    Read r = ReadAll(dir.Write(c.name, c.content));
    EXPECT_TRUE(r.status.ok()) << c.name << ": " << r.status.ToString();
    EXPECT_EQ(r.texts.size(), c.records) << c.name;
    EXPECT_TRUE(r.errors.empty()) << c.name << ": " << r.errors.front();
  }
}

TEST(SourceReader, NamesTheLineOfEachRecord) {
  TempDir dir;
  Read r = ReadAll(dir.Write("l.jsonl", "{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n"));
  ASSERT_EQ(r.origins.size(), 2u);
  EXPECT_EQ(r.origins[1], dir.Sub("l.jsonl") + ":3");
  Read a = ReadAll(dir.Write("a.json", "[\n {\"id\":\"a\"},\n\n {\"id\":\"b\"}\n]"));
  ASSERT_EQ(a.origins.size(), 2u);
  EXPECT_EQ(a.origins[1], dir.Sub("a.json") + ":4");
}

TEST(SourceReader, BrokenLineInTheMiddleLeavesTheOthersReadable) {
  TempDir dir;
  // The broken line is passed on as text: the codec reports it with its origin.
  Read r = ReadAll(dir.Write("b.jsonl", "{\"id\":\"a\"}\n{\"id\": broken\n{\"id\":\"c\"}\n"));
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.texts.size(), 3u);
  EXPECT_EQ(r.origins[1], dir.Sub("b.jsonl") + ":2");
  // A broken first line must not turn the file into one bad document.
  Read first = ReadAll(dir.Write("f.jsonl", "{\"id\": broken\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n"));
  EXPECT_EQ(first.texts.size(), 3u);
}

TEST(SourceReader, UnterminatedArrayElementIsAnErrorNotACrash) {
  TempDir dir;
  Read r = ReadAll(dir.Write("u.json", "[{\"id\":\"a\"}, {\"id\": \"b\""));
  EXPECT_EQ(r.texts.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("unterminated"), std::string::npos);
}

TEST(SourceReader, DecompressesZstdAndGzipTransparently) {
  TempDir dir;
  const std::string plain = dir.Write("c.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
  ASSERT_EQ(std::system(("zstd -q -f " + plain + " -o " + plain + ".zst").c_str()), 0);
  ASSERT_EQ(std::system(("gzip -k -f " + plain).c_str()), 0);
  for (const std::string& path : {plain + ".zst", plain + ".gz"}) {
    Read r = ReadAll(path);
    EXPECT_TRUE(r.status.ok()) << path << ": " << r.status.ToString();
    EXPECT_EQ(r.texts.size(), 2u) << path;
  }
}

TEST(SourceReader, CorruptCompressionAndMissingFilesFailTheSource) {
  TempDir dir;
  std::string zst = "\x28\xB5\x2F\xFD garbage that is not a zstd frame";
  Read r = ReadAll(dir.Write("bad.zst", zst));
  EXPECT_FALSE(r.status.ok());
  Read missing = ReadAll(dir.Sub("nope.jsonl"));
  EXPECT_EQ(missing.status.code(), Code::kNotFound);
  EXPECT_NE(missing.status.message().find("nope.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace khonha::catalog

namespace khonha::catalog {
namespace {

// Found by the fuzz replay: a stray '}' where an element starts used to loop forever.
TEST(SourceReader, StrayClosingBracketInArrayIsReportedAndSkipped) {
  TempDir dir;
  Read r = ReadAll(dir.Write("s.json", "[{\"id\":\"a\"}, }, {\"id\":\"b\"}]"));
  EXPECT_EQ(r.texts.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("unexpected '}'"), std::string::npos) << r.errors[0];
}

}  // namespace
}  // namespace khonha::catalog
