// Helpers for the indexer's tests: run the real khonha-indexer binary, make
// synthetic records, count search hits through a running server.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>

#include <string>
#include <vector>

#include "tests/support/http_client.h"
#include "tests/support/test_env.h"

namespace khonha::testing {

inline std::string IndexerExe() { return BinaryDir() + "/indexer/khonha-indexer"; }

// Starts khonha-indexer with args (output to `log`, or /dev/null); returns its pid.
inline pid_t SpawnIndexer(const std::vector<std::string>& args, const std::string& log = "/dev/null") {
  pid_t pid = ::fork();
  if (pid == 0) {
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ::dup2(fd, STDOUT_FILENO);
      ::dup2(fd, STDERR_FILENO);
    }
    std::vector<std::string> all = {IndexerExe()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(IndexerExe().c_str(), argv.data());
    ::_exit(127);
  }
  return pid;
}

// Runs khonha-indexer to completion; returns its exit code (-1 if killed).
inline int RunIndexer(const std::vector<std::string>& args, const std::string& log = "/dev/null") {
  pid_t pid = SpawnIndexer(args, log);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// n JSON-lines package dicts "<prefix>-<i>" with Thai/English text.
inline std::string SyntheticRecords(int n, const std::string& prefix, const std::string& word = "ข้อมูล") {
  std::string out;
  for (int i = 0; i < n; ++i) {
    const std::string id = prefix + "-" + std::to_string(i);
    out += "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"title\":\"" + word + " ชุดที่ " +
           std::to_string(i) + " สถิติการท่องเที่ยว จังหวัดเชียงใหม่ tourism statistics\",\"notes\":\"" +
           "รายงานจำนวนนักท่องเที่ยว รายได้ และการเดินทาง ประจำปี งบประมาณ 2566 ของหน่วยงาน " + word +
           "\",\"organization\":{\"name\":\"org-" + std::to_string(i % 7) + "\",\"title\":\"หน่วยงาน " +
           std::to_string(i % 7) + "\"},\"tags\":[{\"name\":\"ท่องเที่ยว\"},{\"name\":\"สถิติ\"}]," +
           "\"resources\":[{\"id\":\"r" + id + "\",\"format\":\"CSV\",\"url\":\"http://x/" + id +
           ".csv\"}],\"license_id\":\"Open Data Common\",\"metadata_modified\":\"2023-01-0" +
           std::to_string(1 + i % 9) + "T00:00:00\"}\n";
  }
  return out;
}

// package_search count for q through a running server; -1 on a bad response.
inline long SearchCount(uint16_t port, const std::string& q) {
  auto r = HttpGet(port, "/api/3/action/package_search?rows=0&q=" + UrlEncode(q));
  if (r.status != 200) return -1;
  const size_t at = r.body.find("\"count\":");
  if (at == std::string::npos) return -1;
  return std::atol(r.body.c_str() + at + 8);
}

}  // namespace khonha::testing
