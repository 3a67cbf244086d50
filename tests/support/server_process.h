// Runs the real khonha-server executable as a child process on 127.0.0.1
// with an ephemeral port, for black-box HTTP tests.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace khonha::testing {

class ServerProcess {
 public:
  // Starts `khonha-server --index DIR --port 0 --bind 127.0.0.1 [extra...]`
  // (no --index when DIR is empty: e.g. it comes from --config in extra)
  // and waits (up to 20 s) for its "listening on" line. ok() tells whether it came up.
  explicit ServerProcess(const std::string& index_dir, const std::vector<std::string>& extra = {});
  ~ServerProcess();  // SIGTERM, then wait
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool ok() const { return port_ != 0; }
  uint16_t port() const { return port_; }
  const std::string& output() const { return output_; }  // what it printed before listening
  // Everything it printed (stdout and stderr) after the "listening on" line, so far.
  std::string LaterOutput() const;
  // Sends `sig` (e.g. SIGHUP) to the server; false when it is not running.
  bool Signal(int sig);
  // Sends SIGTERM and returns the exit status (as from waitpid), -1 on failure.
  int Stop();

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::thread drain_;  // keeps reading the server's output after startup so it never blocks
  mutable std::mutex later_mu_;
  std::string later_;  // guarded by later_mu_: what drain_ read
  uint16_t port_ = 0;
  std::string output_;
};

}  // namespace khonha::testing
