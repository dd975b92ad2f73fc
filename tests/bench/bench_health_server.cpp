// The health endpoints of bench_live's `health-poll` figure, in a process of their own so that
// their CPU time is not counted as the console's. Listens on PORTS loopback ports (the system
// picks them), each serving PATHS endpoints /h0 … /h<PATHS-1> over HTTP/1.1 with keep-alive.
// Every endpoint answers 200 with a tiny Prometheus text exposition, so that the console (format
// `status`) and the baseline, Prometheus, poll the very same endpoints.
//
//   bench_health_server --ports 20 --paths 50
//
// stdout: one line "ports P1 P2 …" once every port listens; nothing else.
// GET /stats on any port answers "requests N": the health requests answered so far (not counting
// /stats), so that the benchmark sees how many probes were served in its window.
// Runs until stdin ends (the parent closed it or died) or SIGTERM/SIGINT; then stderr gets one
// line with the requests served.
//
// Plain epoll, one thread, no Qt: the point is that the server costs as little as possible next
// to what is measured, on a 2-core machine where it shares the cores with the console. A request
// is answered as soon as its head is complete; pipelined requests are answered in order.

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

constexpr std::string_view Body = "# HELP ic_bench_up A health endpoint of bench_live: always 1.\n"
                                  "# TYPE ic_bench_up gauge\n"
                                  "ic_bench_up 1\n";
constexpr std::string_view NotFoundBody = "not found\n";
constexpr std::size_t MaxHead = 16 * 1024; // a longer request head is not one of our clients

volatile std::sig_atomic_t stopping = 0;

void onSignal(int)
{
    stopping = 1;
}

struct Connection {
    int fd = -1;
    std::string in;
    std::string out;
    bool closeAfterWrite = false;
};

std::string response(int status, std::string_view body, bool close)
{
    std::string r = status == 200 ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n";
    r += status == 200 ? "Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n" : "Content-Type: text/plain\r\n";
    r += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    if (close)
        r += "Connection: close\r\n";
    r += "\r\n";
    r += body;
    return r;
}

bool iequalsPrefix(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    }
    return true;
}

class Server
{
public:
    Server(int ports, int paths)
        : m_paths(paths)
    {
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        if (m_epoll < 0)
            fail("epoll_create1");
        for (int i = 0; i < ports; ++i)
            listenOn();
        watch(STDIN_FILENO, EPOLLIN);
    }

    void printPorts() const
    {
        std::string line = "ports";
        for (const int port : m_ports)
            line += ' ' + std::to_string(port);
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    }

    void run()
    {
        std::vector<epoll_event> events(256);
        while (!stopping) {
            const int n = epoll_wait(m_epoll, events.data(), int(events.size()), 500);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                fail("epoll_wait");
            }
            for (int i = 0; i < n; ++i) {
                const int fd = events[std::size_t(i)].data.fd;
                const std::uint32_t what = events[std::size_t(i)].events;
                if (fd == STDIN_FILENO) {
                    char buffer[256];
                    if (read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                        stopping = 1;
                } else if (m_listeners.count(fd)) {
                    accept(fd);
                } else {
                    serve(fd, what);
                }
            }
        }
        std::fprintf(stderr, "bench_health_server: served %llu requests on %llu connections\n", m_requests,
                     m_connectionsAccepted);
    }

private:
    [[noreturn]] static void fail(const char *what)
    {
        std::fprintf(stderr, "bench_health_server: %s: %s\n", what, std::strerror(errno));
        std::exit(1);
    }

    void watch(int fd, std::uint32_t events)
    {
        epoll_event e{};
        e.events = events;
        e.data.fd = fd;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &e) < 0)
            fail("epoll_ctl add");
    }

    void rewatch(int fd, std::uint32_t events)
    {
        epoll_event e{};
        e.events = events;
        e.data.fd = fd;
        if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &e) < 0)
            fail("epoll_ctl mod");
    }

    void listenOn()
    {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            fail("socket");
        const int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0)
            fail("bind");
        if (listen(fd, 1024) < 0)
            fail("listen");
        socklen_t length = sizeof address;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) < 0)
            fail("getsockname");
        m_ports.push_back(ntohs(address.sin_port));
        m_listeners.emplace(fd, true);
        watch(fd, EPOLLIN);
    }

    void accept(int listener)
    {
        for (;;) {
            const int fd = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    std::fprintf(stderr, "bench_health_server: accept: %s\n", std::strerror(errno));
                return;
            }
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto connection = std::make_unique<Connection>();
            connection->fd = fd;
            m_connections.emplace(fd, std::move(connection));
            ++m_connectionsAccepted;
            watch(fd, EPOLLIN | EPOLLRDHUP);
        }
    }

    void close(int fd)
    {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        m_connections.erase(fd);
    }

    void serve(int fd, std::uint32_t what)
    {
        const auto it = m_connections.find(fd);
        if (it == m_connections.end())
            return;
        Connection &c = *it->second;
        if (what & (EPOLLERR | EPOLLHUP)) {
            close(fd);
            return;
        }
        if (what & EPOLLIN) {
            char buffer[8192];
            for (;;) {
                const ssize_t n = read(fd, buffer, sizeof buffer);
                if (n > 0) {
                    c.in.append(buffer, std::size_t(n));
                    continue;
                }
                if (n == 0) {
                    close(fd); // the client is done; anything it did not wait for is dropped
                    return;
                }
                if (errno == EINTR)
                    continue;
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
                close(fd);
                return;
            }
            answerComplete(c);
            if (c.in.size() > MaxHead) {
                close(fd);
                return;
            }
        }
        flush(c);
    }

    // Answers every complete request head in the input, in order.
    void answerComplete(Connection &c)
    {
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = c.in.find("\r\n\r\n", start);
            if (end == std::string::npos)
                break;
            const std::string_view head(c.in.data() + start, end - start);
            std::size_t next = end + 4;
            bool closeWanted = false;
            std::size_t bodyLength = 0;
            std::size_t lineStart = head.find("\r\n");
            while (lineStart != std::string_view::npos) {
                lineStart += 2;
                const std::size_t lineEnd = head.find("\r\n", lineStart);
                const std::string_view line = head.substr(lineStart, lineEnd == std::string_view::npos ? std::string_view::npos
                                                                                                      : lineEnd - lineStart);
                if (iequalsPrefix(line, "connection:") && line.find("lose") != std::string_view::npos)
                    closeWanted = true;
                else if (iequalsPrefix(line, "content-length:"))
                    bodyLength = std::strtoull(std::string(line.substr(15)).c_str(), nullptr, 10);
                lineStart = lineEnd;
            }
            if (c.in.size() < next + bodyLength)
                break; // the body of a request we do not expect is still coming
            next += bodyLength;
            if (head.substr(0, 11) == "GET /stats ") {
                c.out += response(200, "requests " + std::to_string(m_requests) + "\n", closeWanted);
            } else {
                ++m_requests;
                const int status = statusOf(head);
                c.out += response(status, status == 200 ? Body : NotFoundBody, closeWanted);
            }
            start = next;
            if (closeWanted) {
                c.closeAfterWrite = true;
                start = c.in.size();
                break;
            }
        }
        c.in.erase(0, start);
    }

    // 200 for "GET /h<i> …" with i < paths (a query is ignored), 404 otherwise.
    int statusOf(std::string_view head) const
    {
        if (head.substr(0, 6) != "GET /h")
            return 404;
        std::size_t i = 6;
        int index = 0;
        bool digits = false;
        while (i < head.size() && head[i] >= '0' && head[i] <= '9') {
            index = index * 10 + (head[i] - '0');
            digits = true;
            if (index >= m_paths)
                return 404;
            ++i;
        }
        if (!digits || i >= head.size() || (head[i] != ' ' && head[i] != '?'))
            return 404;
        return 200;
    }

    void flush(Connection &c)
    {
        while (!c.out.empty()) {
            const ssize_t n = write(c.fd, c.out.data(), c.out.size());
            if (n > 0) {
                c.out.erase(0, std::size_t(n));
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                rewatch(c.fd, EPOLLIN | EPOLLOUT | EPOLLRDHUP);
                return;
            }
            close(c.fd);
            return;
        }
        if (c.closeAfterWrite) {
            close(c.fd);
            return;
        }
        rewatch(c.fd, EPOLLIN | EPOLLRDHUP);
    }

    int m_paths;
    int m_epoll = -1;
    std::vector<int> m_ports;
    std::unordered_map<int, bool> m_listeners;
    std::unordered_map<int, std::unique_ptr<Connection>> m_connections;
    unsigned long long m_requests = 0;
    unsigned long long m_connectionsAccepted = 0;
};

int positiveArgument(int argc, char **argv, std::string_view name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name) {
            const int value = std::atoi(argv[i + 1]);
            if (value <= 0) {
                std::fprintf(stderr, "bench_health_server: %s takes a positive number\n", argv[i]);
                std::exit(2);
            }
            return value;
        }
    }
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    const int ports = positiveArgument(argc, argv, "--ports", 20);
    const int paths = positiveArgument(argc, argv, "--paths", 50);

    // Prometheus keeps one connection per target: a thousand of them, plus the listeners.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    std::signal(SIGPIPE, SIG_IGN);
    struct sigaction stop{};
    stop.sa_handler = onSignal;
    sigaction(SIGTERM, &stop, nullptr);
    sigaction(SIGINT, &stop, nullptr);

    Server server(ports, paths);
    server.printPorts();
    server.run();
    return 0;
}
