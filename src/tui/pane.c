/*
 * pane.c -- what every pane shares: scrolling with the arrows, PgUp/PgDn,
 * Home/End and the mouse wheel, clamped to the content last drawn.
 */
#include "tui_int.h"

/* Keep the first visible line inside [0, content - visible rows]. */
void pane_clamp(pane *p, int content)
{
    int rows = p->h - 2;
    p->content = content;
    if (p->scroll > content - rows)
        p->scroll = content - rows;
    if (p->scroll < 0)
        p->scroll = 0;
}

/* Scroll keys; EV_REDRAW when the key was one of them. */
int pane_scroll_key(pane *p, int key)
{
    int page = p->h > 3 ? p->h - 3 : 1;
    switch (key) {
    case KEY_UP:
        p->scroll--;
        break;
    case KEY_DOWN:
        p->scroll++;
        break;
    case KEY_PPAGE:
        p->scroll -= page;
        break;
    case KEY_NPAGE:
        p->scroll += page;
        break;
    case KEY_HOME:
        p->scroll = 0;
        break;
    case KEY_END:
        p->scroll = p->content;
        break;
    default:
        return EV_IGNORED;
    }
    pane_clamp(p, p->content);
    return EV_HANDLED | EV_REDRAW;
}
