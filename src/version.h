/* Program version, shown by --version and written into every PDF. */
#ifndef VERSION_H
#define VERSION_H

#define ASEMDOC_VERSION	"0.1.0"

#endif
