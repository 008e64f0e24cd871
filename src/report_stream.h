/* Streamed reports: a stylesheet applied to a large source one part at a time (xsl/STREAMING.md). */
#ifndef REPORT_STREAM_H
#define REPORT_STREAM_H

struct diag_list;
struct transform;

/* The namespace of the frame's part numbers and the result's placeholders. */
#define REPORT_STREAM_NS	"urn:asemdoc:stream"

/*
 * Apply t to the source file src_path without holding its tree, as
 * xsl/STREAMING.md describes: a frame document (the root with every
 * child but the elements named part, each of those an empty shell
 * numbered s:part="K") is transformed with the parameter stream =
 * 'frame'; each placeholder <s:part-here part="K"/> of that result is
 * replaced by the children of the root of the result of transforming
 * the root, its other children and part K alone, with stream = 'part'.
 * params are passed to every transform as transform_apply() takes them.
 * The result is written to out_path as indented UTF-8 XML, atomically:
 * on any failure an earlier out_path is left intact.  Every problem goes
 * to dl; returns 0, or -1 after recording an error.
 */
int	report_stream_write(struct diag_list *dl, struct transform *t,
	    const char *src_path, const char *part,
	    const char *const *params, const char *out_path);

#endif
