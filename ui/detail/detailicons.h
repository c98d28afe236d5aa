#pragma once

#include "domain/sessionstatus.h"

#include <QIcon>

#include <array>

class QPalette;

// The icons the detail pane draws with. Status icons are the table's (resources, one per
// SessionStatus); always shown beside the status text, never alone (DESIGN.md: status is not
// told by colour alone).
class DetailIcons final
{
public:
    DetailIcons();

    const QIcon &status(SessionStatus status) const;

    // Two overlapping sheets in the palette's text colour: drawn rather than taken from an
    // icon theme, which many desktops (and the offscreen platform) do not provide.
    static QIcon copy(const QPalette &palette);

private:
    std::array<QIcon, 5> m_status;
};
