#pragma once

// The faults that change what a page contains rather than how it travels; decided per
// request by the server and applied by the routes.
struct DemoPageFaults
{
    bool duplicate = false;  // start one row early: the previous page's last row comes again
    bool cursorLoop = false; // hand back the cursor the client sent as the next one
};
