/* Render: a layout document checked, laid out and written as PDF (or as a layout dump). */
#ifndef RENDER_H
#define RENDER_H

#include <glib.h>
#include <libxml/tree.h>

struct diag_list;

/*
 * Validate the layout document doc against source/schema/layout.rng, lay
 * it out and write the PDF to out_path atomically (temporary file in the
 * same directory, renamed on success; on failure an earlier file at
 * out_path is left intact).  Dates come from SOURCE_DATE_EPOCH when set,
 * else from meta/date.  Messages name doc->URL and node lines.  0 or -1.
 */
int	render_document(struct diag_list *dl, xmlDoc *doc, const char *out_path);

/*
 * The same for the layout document in the file layout_path, read as it
 * is laid out so that memory does not grow with the document's length.
 * Only errors recorded by this call make it fail.  0 or -1.
 */
int	render_file(struct diag_list *dl, const char *layout_path,
	    const char *out_path);

/*
 * Same checks and layout, but append the layout dump (pages and boxes,
 * see layout_dump_page()) to out instead of writing a PDF.  0 or -1.
 */
int	render_dump(struct diag_list *dl, xmlDoc *doc, GString *out);

#endif
