"""jeugdgraph's one worker-process implementation, used by queries, writes and the build.

- ``limits``: what a worker may do (network wall, address space, CPU priority);
- ``loop``: the worker's side: set up, say ready, answer requests until the pipe closes;
- ``process``: the server's side of one worker: start it, send a request, wait for the reply
  within a time limit (in a thread or in the event loop), kill it;
- ``pool``: N such workers with a free-list, replacing one that dies or passes its time limit.

A worker runs named code (``"module:function"``), so the work it does lives in the layers above
(``query.pool``, ``isolation`` with ``writes.jobs``, ``build``); of jeugdgraph this package imports
only ``network_wall``, and otherwise the standard library and ``anyio``, so that a worker process
starts light.
"""
