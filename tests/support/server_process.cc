#include "tests/support/server_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

#include "tests/support/test_env.h"

namespace khonha::testing {

ServerProcess::ServerProcess(const std::string& index_dir, const std::vector<std::string>& extra) {
  int pipefd[2];
  if (::pipe(pipefd) != 0) return;
  const std::string exe = BinaryDir() + "/server/khonha-server";
  std::vector<std::string> args = {exe, "--port", "0", "--bind", "127.0.0.1", "--threads", "2"};
  if (!index_dir.empty()) args.insert(args.begin() + 1, {"--index", index_dir});
  args.insert(args.end(), extra.begin(), extra.end());
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(pipefd[1], STDOUT_FILENO);
    ::dup2(pipefd[1], STDERR_FILENO);
    ::close(pipefd[0]);
    ::close(pipefd[1]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(exe.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(pipefd[1]);
  out_fd_ = pipefd[0];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{out_fd_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    char buf[4096];
    ssize_t n = ::read(out_fd_, buf, sizeof buf);
    if (n <= 0) break;  // the server exited
    output_.append(buf, static_cast<size_t>(n));
    const char* marker = "listening on http://127.0.0.1:";
    size_t at = output_.find(marker);
    if (at != std::string::npos) {
      port_ = static_cast<uint16_t>(std::atoi(output_.c_str() + at + std::strlen(marker)));
      break;
    }
  }
  // Drain (and keep, for LaterOutput) what the server prints from now on: a
  // full pipe would block its writes. Ends at EOF, when the server exits.
  drain_ = std::thread([this, fd = out_fd_] {
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) {
      std::lock_guard lock(later_mu_);
      later_.append(buf, static_cast<size_t>(n));
    }
  });
}

std::string ServerProcess::LaterOutput() const {
  std::lock_guard lock(later_mu_);
  return later_;
}

bool ServerProcess::Signal(int sig) { return pid_ > 0 && ::kill(pid_, sig) == 0; }

int ServerProcess::Stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  if (drain_.joinable()) drain_.join();  // the pipe reached EOF when the server exited
  if (out_fd_ >= 0) ::close(out_fd_);
  out_fd_ = -1;
  return status;
}

ServerProcess::~ServerProcess() { Stop(); }

}  // namespace khonha::testing
