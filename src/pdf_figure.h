/* Figures drawn from data (bar chart, heat map, timeline) on a PDF page. */
#ifndef PDF_FIGURE_H
#define PDF_FIGURE_H

#include <cairo.h>
#include <libxml/tree.h>

struct diag_list;

/* Draw the chart child (bar-chart, heat-map or timeline element) of a <figure> into the
   rectangle x, y, w, h (points, y down, on the current page of cr).  Text uses Pango with
   the default PangoCairo font map, which fonts.c sets to the bundled fonts.  Links (@link)
   become cairo_tag_begin(CAIRO_TAG_LINK, "dest='ID'").  Records problems in dl with the
   node's file and line; returns 0, or -1 when nothing could be drawn. */
int pdf_figure_draw(struct diag_list *dl, cairo_t *cr, const xmlNode *chart,
    double x, double y, double w, double h);

/*
 * How the labels are fitted, in order of preference: each label wrapped
 * in its place at 7.5 pt, then smaller down to 6 pt; for bar charts the
 * other orientation; for heat-map columns, rotated; last, labels replaced
 * by numbers (letters for heat-map columns) with a key below the chart
 * giving every label in full.  Nothing is ever ellipsized or clipped:
 * when even the key does not fit, an error asks for a taller figure and
 * nothing is drawn.  Negative values and rows whose value count differs
 * from the columns are errors; events out of date order are sorted.
 */

#endif
