/* Import stage: meeting places, dates and numbers as written -> ISO codes and dates. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "import.h"
#include "xmlsafe.h"

struct import_countries {
	GHashTable	*codes;		/* folded name or alias -> code */
};

/* "The Netherlands" and "netherlands" alike: case folded, "the " dropped. */
static char *
fold(const char *name)
{
	char	*s = g_utf8_casefold(name, -1), *r;

	g_strstrip(s);
	if (g_str_has_prefix(s, "the "))
		r = g_strdup(s + 4);
	else
		r = g_strdup(s);
	g_free(s);
	return r;
}

void
import_countries_free(struct import_countries *c)
{
	if (c == NULL)
		return;
	g_hash_table_unref(c->codes);
	g_free(c);
}

struct import_countries *
import_countries_load(struct diag_list *dl, const char *path)
{
	struct import_countries	*c;
	xmlDoc			*doc;
	xmlNode			*root, *n, *k;
	xmlChar			*code, *text;

	if ((doc = xmlsafe_read_file(dl, path)) == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	if (root == NULL || xmlStrcmp(root->name, BAD_CAST "countries") != 0) {
		diag_error(dl, path, root == NULL ? 0 : xmlGetLineNo(root),
		    "root element is not <countries>");
		xmlFreeDoc(doc);
		return NULL;
	}
	c = g_new0(struct import_countries, 1);
	c->codes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    xmlStrcmp(n->name, BAD_CAST "country") != 0)
			continue;
		if ((code = xmlGetProp(n, BAD_CAST "code")) == NULL) {
			diag_error(dl, path, xmlGetLineNo(n),
			    "country has no code");
			continue;
		}
		for (k = n->children; k != NULL; k = k->next) {
			if (k->type != XML_ELEMENT_NODE)
				continue;
			text = xmlNodeGetContent(k);
			g_hash_table_replace(c->codes, fold((char *)text),
			    g_strdup((char *)code));
			xmlFree(text);
		}
		xmlFree(code);
	}
	xmlFreeDoc(doc);
	return c;
}

const char *
import_countries_code(const struct import_countries *c, const char *name)
{
	char		*f = fold(name);
	const char	*code;

	code = g_hash_table_lookup(c->codes, f);
	g_free(f);
	return code;
}

static int
month_of(const char *s)
{
	static const char *const names[] = { "january", "february", "march",
	    "april", "may", "june", "july", "august", "september", "october",
	    "november", "december" };
	int	 i;

	for (i = 0; i < 12; i++)
		if (g_ascii_strcasecmp(s, names[i]) == 0 ||
		    (strlen(s) == 3 &&
		    g_ascii_strncasecmp(s, names[i], 3) == 0))
			return i + 1;
	return 0;
}

/* A whole decimal number in [lo, hi], else -1. */
static int
number(const char *s, int lo, int hi)
{
	char	*end;
	long	 v;

	if (!g_ascii_isdigit(*s))
		return -1;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < lo || v > hi)
		return -1;
	return (int)v;
}

static char *
iso(int d, int m, int y)
{
	if (d < 1 || m < 1 || y < 1 ||
	    !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return NULL;
	return g_strdup_printf("%04d-%02d-%02d", y, m, d);
}

int
import_place_dates(const char *text, char **start, char **end)
{
	GString	 *s = g_string_new(NULL);
	char	**tok, **w;
	const char *p;
	size_t	  n = 0, i;
	int	  d1, d2, m1, m2, y1, y2;

	*start = *end = NULL;
	/* Dashes of every kind, spaced or not, become one " - " token. */
	for (p = text; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012)
			g_string_append(s, " - ");
		else if (c == ',' || g_unichar_isspace(c))
			g_string_append_c(s, ' ');
		else
			g_string_append_unichar(s, c);
	}
	tok = g_strsplit(s->str, " ", -1);
	g_string_free(s, TRUE);
	w = g_new0(char *, g_strv_length(tok) + 1);
	for (i = 0; tok[i] != NULL; i++)
		if (tok[i][0] != '\0')
			w[n++] = tok[i];
	d1 = d2 = m1 = m2 = y1 = y2 = -1;
	if (n == 3) {			/* 7 June 2005 */
		d1 = d2 = number(w[0], 1, 31);
		m1 = m2 = month_of(w[1]);
		y1 = y2 = number(w[2], 1000, 9999);
	} else if (n == 5 && strcmp(w[1], "-") == 0) {	/* 1-2 March 2018 */
		d1 = number(w[0], 1, 31);
		d2 = number(w[2], 1, 31);
		m1 = m2 = month_of(w[3]);
		y1 = y2 = number(w[4], 1000, 9999);
	} else if (n == 6 && strcmp(w[2], "-") == 0) {	/* 30 May - 2 June */
		d1 = number(w[0], 1, 31);
		m1 = month_of(w[1]);
		d2 = number(w[3], 1, 31);
		m2 = month_of(w[4]);
		y1 = y2 = number(w[5], 1000, 9999);
	} else if (n == 7 && strcmp(w[3], "-") == 0) {	/* across a year */
		d1 = number(w[0], 1, 31);
		m1 = month_of(w[1]);
		y1 = number(w[2], 1000, 9999);
		d2 = number(w[4], 1, 31);
		m2 = month_of(w[5]);
		y2 = number(w[6], 1000, 9999);
	}
	g_free(w);
	g_strfreev(tok);
	*start = iso(d1, m1, y1);
	*end = iso(d2, m2, y2);
	if (*start == NULL || *end == NULL || strcmp(*start, *end) > 0) {
		g_free(*start);
		g_free(*end);
		*start = *end = NULL;
		return -1;
	}
	return 0;
}

int
import_place_split(const char *text, char **city, char **country,
    char **dates)
{
	char	**parts = g_strsplit(text, ",", -1);
	size_t	  n = g_strv_length(parts), i;
	GString	 *c;

	*city = *country = *dates = NULL;
	/* City, Country, dates; a city may itself hold commas. */
	if (n < 3) {
		g_strfreev(parts);
		return -1;
	}
	for (i = 0; i < n; i++)
		g_strstrip(parts[i]);
	c = g_string_new(parts[0]);
	for (i = 1; i + 2 < n; i++)
		g_string_append_printf(c, ", %s", parts[i]);
	*city = g_string_free(c, FALSE);
	*country = g_strdup(parts[n - 2]);
	*dates = g_strdup(parts[n - 1]);
	g_strfreev(parts);
	if (**city == '\0' || **country == '\0' || **dates == '\0') {
		g_free(*city);
		g_free(*country);
		g_free(*dates);
		*city = *country = *dates = NULL;
		return -1;
	}
	return 0;
}

int
import_place_cmm_number(const char *heading)
{
	const char	*p = heading;
	long		 v;

	while ((p = strstr(p, "CMM")) != NULL) {
		p += 3;
		while (*p == ' ')
			p++;
		if (g_ascii_isdigit(*p)) {
			v = strtol(p, NULL, 10);
			return v > 0 && v < 1000 ? (int)v : 0;
		}
	}
	return 0;
}
