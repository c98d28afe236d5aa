#pragma once

// The credentials the demo server accepts. They are public on purpose: the demo serves
// invented data, and the GUI's --demo mode and the tests must know them.
namespace demokeys {
inline constexpr char kCenturyKey[] = "demo-century-key";
// A valid Century key without permission to read sessions: the server answers 403.
inline constexpr char kCenturyReadOnlyKey[] = "demo-century-readonly";
inline constexpr char kTreasureKey[] = "demo-treasure-key";   // sent as "TD1 <key>"
inline constexpr char kMobileNextKey[] = "mob_demo_key";      // sent as "Bearer <key>"
} // namespace demokeys
