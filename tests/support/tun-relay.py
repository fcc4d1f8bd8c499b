#!/usr/bin/env python3
"""A test tool: a delay and loss relay between two TUN devices in two network namespaces.

This kernel has no netem, so the accuracy tests impair a link in user space. The relay enters
namespace A, opens a TUN device there, enters namespace B, opens a second one, and from then on
moves every IPv4 packet read from one device to the other:

- each packet is delayed by the direction's delay: it goes into a priority queue keyed by its due
  time (a heap), and one select() loop sleeps until the next packet is due or a new one arrives.
  No sleep per packet, so a burst of packets is delayed together and throughput holds;
- each packet is dropped with the direction's loss probability, drawn from a seeded generator
  (random.Random(seed)): the same packets in the same order meet the same drops on every run;
- "cut" drops every packet in both directions until "restore" (a link that stops carrying).

Non-IPv4 packets (IPv6 router solicitations and the like) are dropped and counted apart, so they
never take a draw of the generator. Only a test tool: not for anything but the tests.

Usage: tun-relay.py NETNS_A DEV_A NETNS_B DEV_B (namespaces by name under /run/netns). The relay
prints {"ready": true} once both devices exist, then reads one command per line on stdin and
answers each with one JSON line on stdout:
  set delay_ab=MS delay_ba=MS loss_ab=P loss_ba=P seed=N   (any subset; seed restarts the draws)
  cut | restore | stats | reset-stats
It exits when stdin closes or on SIGTERM; its TUN devices vanish with it (they are not persistent).
"""

import ctypes
import errno
import fcntl
import heapq
import json
import os
import random
import select
import signal
import struct
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
CLONE_NEWNET = 0x40000000
MAX_PACKET = 65535

libc = ctypes.CDLL(None, use_errno=True)


def enter_namespace(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"setns({path}): {os.strerror(err)}")
    finally:
        os.close(fd)


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


class Direction:
    def __init__(self, name, source, sink):
        self.name = name
        self.source = source
        self.sink = sink
        self.delay_s = 0.0
        self.loss = 0.0
        self.reset_stats()

    def reset_stats(self):
        self.seen = 0
        self.dropped = 0
        self.forwarded = 0
        self.not_ipv4 = 0


def main():
    ns_a, dev_a, ns_b, dev_b = sys.argv[1:5]
    home = os.open("/proc/self/ns/net", os.O_RDONLY)
    enter_namespace(f"/run/netns/{ns_a}")
    fd_a = open_tun(dev_a)
    enter_namespace(f"/run/netns/{ns_b}")
    fd_b = open_tun(dev_b)
    # Back home: the relay's own sockets (none) and children (none) do not matter, but be tidy.
    libc.setns(home, CLONE_NEWNET)
    os.close(home)

    ab = Direction("ab", fd_a, fd_b)
    ba = Direction("ba", fd_b, fd_a)
    by_source = {fd_a: ab, fd_b: ba}
    rng = random.Random(0)
    cut = False
    queue = []  # (due_monotonic_s, sequence, sink_fd, packet)
    sequence = 0
    stdin = sys.stdin.fileno()
    pending_input = b""

    def reply(message):
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    def stats():
        return {
            d.name: {
                "seen": d.seen,
                "dropped": d.dropped,
                "forwarded": d.forwarded,
                "not_ipv4": d.not_ipv4,
            }
            for d in (ab, ba)
        } | {"queued": len(queue), "cut": cut}

    def command(line):
        nonlocal rng, cut
        words = line.split()
        if not words:
            return
        verb, args = words[0], words[1:]
        if verb == "set":
            for arg in args:
                key, _, value = arg.partition("=")
                if key == "delay_ab":
                    ab.delay_s = float(value) / 1000
                elif key == "delay_ba":
                    ba.delay_s = float(value) / 1000
                elif key == "loss_ab":
                    ab.loss = float(value)
                elif key == "loss_ba":
                    ba.loss = float(value)
                elif key == "seed":
                    rng = random.Random(int(value))
                else:
                    reply({"ok": False, "error": f"unknown setting {key}"})
                    return
            reply({"ok": True})
        elif verb == "cut":
            cut = True
            reply({"ok": True, "cut": True})
        elif verb == "restore":
            cut = False
            reply({"ok": True, "cut": False})
        elif verb == "stats":
            reply({"ok": True, "stats": stats()})
        elif verb == "reset-stats":
            ab.reset_stats()
            ba.reset_stats()
            reply({"ok": True})
        else:
            reply({"ok": False, "error": f"unknown command {verb}"})

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    reply({"ready": True})

    while True:
        timeout = None
        if queue:
            timeout = max(0.0, queue[0][0] - time.monotonic())
        readable, _, _ = select.select([fd_a, fd_b, stdin], [], [], timeout)
        for fd in readable:
            if fd == stdin:
                chunk = os.read(stdin, 4096)
                if not chunk:
                    return
                pending_input += chunk
                while b"\n" in pending_input:
                    line, pending_input = pending_input.split(b"\n", 1)
                    command(line.decode())
                continue
            direction = by_source[fd]
            # Drain every packet waiting on this device; all arrive "now".
            while True:
                try:
                    packet = os.read(fd, MAX_PACKET)
                except BlockingIOError:
                    break
                arrived = time.monotonic()
                if not packet or packet[0] >> 4 != 4:
                    direction.not_ipv4 += 1
                    continue
                direction.seen += 1
                if cut or (direction.loss > 0 and rng.random() < direction.loss):
                    direction.dropped += 1
                    continue
                sequence += 1
                heapq.heappush(
                    queue, (arrived + direction.delay_s, sequence, direction.sink, packet)
                )
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, _, sink, packet = heapq.heappop(queue)
            try:
                os.write(sink, packet)
                by_source[fd_a if sink == fd_b else fd_b].forwarded += 1
            except OSError as error:
                # A device that is down refuses writes (EIO): the packet is lost, like on a wire.
                if error.errno not in (errno.EIO, errno.EAGAIN, errno.ENOBUFS):
                    raise


if __name__ == "__main__":
    main()
