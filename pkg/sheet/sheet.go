// Package sheet reads an answer sheet: it finds the answer table in an .xlsx
// workbook by its header row, wherever it sits, and returns one level per
// indicator of a rubric, or every problem it found, each with its cell.
//
// Answer sheets come from other people's computers. Reading the workbook
// itself (the zip, the XML, what a file really is) is package workbook's
// work; this package decides what the cells mean, turns a panic into an
// error, and never guesses a missing level. What a header row says is
// package sheet/header's, what one cell means package sheet/cell's: both
// are pure, and this package records their problems with their cells. It
// imports rubric, score, workbook, lang, safefile and those two, never a
// document or a renderer.
package sheet

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/safefile"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// Options bound what the reader does. Zero fields take the defaults.
type Options struct {
	// MaxFileSize is the largest file read, in bytes.
	MaxFileSize int64
	// MaxUnzipSize is the largest total unpacked size of the workbook.
	MaxUnzipSize int64
	// ScanRows is how many rows of each worksheet are searched for the
	// header row.
	ScanRows int
	// MaxRows is how many rows after the header are read.
	MaxRows int
	// MaxCols is how many columns are examined.
	MaxCols int

	// Sheet, when set, is the only worksheet searched for the table.
	Sheet string
	// IDColumn, LevelColumn and SelfColumn, when set, choose the column
	// that names the indicators, the headline levels and the
	// self-assessed levels, by header text or column letter. They settle
	// what the reader refuses to guess.
	IDColumn, LevelColumn, SelfColumn string

	// Regular says the caller has already found the path to be a regular
	// file, as a batch does when it lists a folder: the reader then opens
	// it without looking first. It still refuses what it opened when
	// that is not a regular file.
	Regular bool

	// Brief, when set, leaves out of the answers what only a sheet's own
	// report shows: Notes, EvaluatorNotes and Evidence stay empty, and so
	// do the headline Levels (the whole parts of Values), unless a
	// self-assessment alone is filled and becomes the headline. A batch
	// that renders no sheet's report sets it; it ranks from Values.
	// Self, SelfValues, Cells and every problem and warning are read as
	// without it.
	Brief bool

	inspect *Inspection // filled by Inspect
}

// Default limits.
const (
	DefaultMaxFileSize  = 20 << 20
	DefaultMaxUnzipSize = 64 << 20
	DefaultScanRows     = 200
	DefaultMaxRows      = 2000
	DefaultMaxCols      = 64
)

func (o Options) withDefaults() Options {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxUnzipSize <= 0 {
		o.MaxUnzipSize = DefaultMaxUnzipSize
	}
	if o.ScanRows <= 0 {
		o.ScanRows = DefaultScanRows
	}
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.MaxCols <= 0 {
		o.MaxCols = DefaultMaxCols
	}
	return o
}

// Answers is what an answer sheet says.
type Answers struct {
	// File is the path the sheet was read from.
	File string
	// SHA256 is the checksum of the file's bytes, in hex.
	SHA256 string
	// Sheet is the worksheet that holds the answer table.
	Sheet string
	// HeaderRow is the row number of the table's header.
	HeaderRow int
	// OPD is the work unit (Nama OPD, Perangkat Daerah, Unit Kerja) when
	// the workbook labels one, else the agency (Nama Instansi); it is the
	// name ranked in a batch. Year is the year, when labelled.
	OPD, Year string
	// Agency is the agency (Nama Instansi, the Pemda) when the workbook
	// labels both it and a work unit, and empty otherwise.
	Agency string
	// Levels are the headline levels: the verified ones when the sheet has
	// both a self-assessed and a verified column.
	Levels score.Levels
	// Self holds the self-assessed levels when the sheet also has verified
	// ones, and is nil otherwise.
	Self score.Levels
	// Values and SelfValues are the exact values behind Levels and Self:
	// a decimal as the cell held it (on a rubric whose scale is decimal),
	// a value converted from another agency's score, or one a pending rule
	// assumed. Levels and Self hold their whole parts. Score Values.
	Values, SelfValues score.Values
	// ScoreCells maps an indicator valued from another index to the cell
	// its source score was read from, when the sheet gave one.
	ScoreCells map[string]string
	// Cells maps an indicator id to the cell its headline level was read
	// from, such as "E12".
	Cells map[string]string
	// Notes maps an indicator id to the explanation written beside it, when
	// the table has an explanation column.
	Notes map[string]string
	// EvaluatorNotes maps an indicator id to the evaluator's note
	// ("Catatan Evaluator"), and Evidence to its evidence ("Data Dukung":
	// links or file names), when the table has those columns.
	EvaluatorNotes, Evidence map[string]string
	// Assessor is the "Nama Penilai" label above the table, when the
	// sheet names one.
	Assessor string
	// Columns names the columns that were read, for messages.
	LevelColumn, SelfColumn string
	// Stamp is the rubric stamp of a workbook made by `spbe template`,
	// when present.
	Stamp *Stamp
	// Warnings are things worth saying that do not stop scoring.
	Warnings []string

	missing []string // indicators the table does not name
	// passedOver is set when the reader passed over a table naming too
	// few of the rubric's indicators before this one (see PassedOver).
	passedOver bool
	seen       *named // the indicators the table names, and where
}

// Stamp identifies the rubric a template was generated from.
type Stamp struct {
	RubricID, Version, Hash string
}

// Problem is one thing wrong in a sheet: where, and what.
type Problem struct {
	// Sheet and Cell locate the problem; either may be empty.
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`
	// Code names the kind of problem ("ambiguous-level", "id-disagree",
	// "formula-no-value", "spbe-report", …) and Values are what the
	// message says, in order, so that it can be said in another language.
	// Older problems have no code yet.
	Code   string   `json:"code,omitempty"`
	Values []string `json:"values,omitempty"`
	// Msg is the problem in the run's language (pkg/lang's UI), said
	// from the catalogue when the problem was found.
	Msg string `json:"message"`

	row int // the row it was found in, to keep problems in row order
}

// Error is every problem found in one file.
type Error struct {
	File     string
	Problems []Problem
}

func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.File)
		b.WriteString(": ")
		switch {
		case p.Sheet != "" && p.Cell != "":
			fmt.Fprintf(&b, "%s!%s: ", quoteSheet(p.Sheet), p.Cell)
		case p.Sheet != "":
			fmt.Fprintf(&b, "%s %s: ", lang.S("sheet.word"), quoteSheet(p.Sheet))
		}
		b.WriteString(p.Msg)
	}
	return b.String()
}

func quoteSheet(name string) string {
	if strings.ContainsAny(name, " !'") {
		return "'" + strings.ReplaceAll(name, "'", "''") + "'"
	}
	return name
}

func fileError(file, key string, args ...any) *Error {
	return &Error{File: file, Problems: []Problem{{Msg: lang.Sprintf(key, args...)}}}
}

// fileBufs holds the buffers answer sheets are read into; buffers over
// maxPooledFile are left to the collector.
var fileBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledFile = 1 << 20

// ReadFile reads the answer sheet at path against r.
func ReadFile(path string, r *rubric.Rubric, opt Options) (*Answers, error) {
	var a *Answers
	err := readFile(path, opt, func(data []byte) (err error) {
		a, err = Read(data, path, r, opt)
		return err
	})
	return a, err
}

// readFile reads the file at path, within the limits, and gives its bytes
// to use; nothing use keeps may refer to them.
func readFile(path string, opt Options, use func([]byte) error) error {
	opt = opt.withDefaults()
	// Look before opening: a device is not even opened, and a named pipe
	// gets the message that names it. A batch has looked already, when
	// it listed the folder, and a look costs a system call a file; a pipe
	// put in a listed file's place since is opened without waiting
	// (openSheet) and refused by the look after opening.
	if !opt.Regular {
		if st, err := os.Stat(path); err == nil && !safefile.IsRegular(st.Mode()) {
			if st.IsDir() {
				return fileError(path, "sheet.is-folder")
			}
			return fileError(path, "sheet.not-regular")
		}
	}
	f, err := openSheet(path)
	if err != nil {
		return fileError(path, "sheet.plain", describeOpenError(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fileError(path, "sheet.plain", err)
	}
	if !safefile.IsRegular(st.Mode()) {
		return fileError(path, "sheet.not-regular-file")
	}
	if st.Size() > opt.MaxFileSize {
		return fileError(path, "sheet.too-big", byteSize(st.Size()), byteSize(opt.MaxFileSize))
	}
	// Read into a buffer of the file's size (one byte more, to see it end),
	// reused across files: a batch reads thousands.
	bp := fileBufs.Get().(*[]byte)
	defer fileBufs.Put(bp)
	data := (*bp)[:0]
	if int64(cap(data)) < st.Size()+1 {
		data = make([]byte, 0, st.Size()+1)
	}
	for int64(len(data)) <= opt.MaxFileSize {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):min(cap(data), int(opt.MaxFileSize)+1)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return fileError(path, "sheet.read-error", err)
		}
	}
	if cap(data) <= maxPooledFile {
		*bp = data[:0]
	}
	// Nothing that Read returns refers to data, so the buffer can be reused.
	return use(data)
}

func describeOpenError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return lang.S("sheet.no-such-file")
	case errors.Is(err, os.ErrPermission):
		return lang.S("sheet.permission")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Read reads an answer sheet from the bytes of a workbook; name is used in
// messages.
func Read(data []byte, name string, r *rubric.Rubric, opt Options) (a *Answers, err error) {
	opt = opt.withDefaults()
	if int64(len(data)) > opt.MaxFileSize {
		return nil, fileError(name, "sheet.too-big", byteSize(int64(len(data))), byteSize(opt.MaxFileSize))
	}
	if msg := workbook.Sniff(data); msg != "" {
		return nil, fileError(name, "sheet.plain", msg)
	}
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fileError(name, "sheet.panic", p)
		}
	}()
	rd := &reader{name: name, rubric: r, opt: opt}
	a, err = rd.read(data)
	if se, ok := err.(*Error); ok {
		bound(se, rd.more)
	}
	if a != nil {
		sum := sha256.Sum256(data)
		a.SHA256 = hex.EncodeToString(sum[:])
	}
	return a, err
}

func byteSize(n int64) string { return workbook.ByteSize(n) }

// DisplayName is the name of an answer sheet as shown to a person: the OPD
// when the sheet names one, else the file name without its extension.
func (a *Answers) DisplayName() string {
	if a.OPD != "" {
		return a.OPD
	}
	base := filepath.Base(a.File)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Identity is what an answer sheet says of the rubric it was filled for,
// read before a rubric is chosen: the template stamp, and the indicator
// ids of each answer table (any whole number is taken as an id).
type Identity struct {
	Stamp *Stamp
	// Tables holds the normalised indicator ids ("1", "47") of each table
	// found, in the order found; most sheets have one.
	Tables [][]string
	// Names maps an id to the name its table gives it, when the table has
	// a name column.
	Names map[string]string
}

// IDs returns the ids of every table together, each once.
func (id *Identity) IDs() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range id.Tables {
		for _, x := range t {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	return out
}

// ReadFileChoosing reads the answer sheet at path with the rubric choose
// picks from the sheet's Identity. The file is read once; its table is
// found twice, first without a rubric. A sheet whose table cannot be found
// or whose ids cannot be read gives the reader's error, before choose is
// called.
func ReadFileChoosing(path string, opt Options, choose func(*Identity) (*rubric.Rubric, error)) (*Answers, *rubric.Rubric, error) {
	var a *Answers
	var r *rubric.Rubric
	err := readFile(path, opt, func(data []byte) error {
		id, err := Identify(data, path, opt)
		if err != nil {
			return err
		}
		if r, err = choose(id); err != nil {
			return err
		}
		a, err = Read(data, path, r, opt)
		return err
	})
	return a, r, err
}

// Identify finds the answer table in the bytes of a workbook without a
// rubric and returns its Identity.
func Identify(data []byte, name string, opt Options) (id *Identity, err error) {
	opt = opt.withDefaults()
	opt.inspect = nil
	if int64(len(data)) > opt.MaxFileSize {
		return nil, fileError(name, "sheet.too-big", byteSize(int64(len(data))), byteSize(opt.MaxFileSize))
	}
	if msg := workbook.Sniff(data); msg != "" {
		return nil, fileError(name, "sheet.plain", msg)
	}
	defer func() {
		if p := recover(); p != nil {
			id, err = nil, fileError(name, "sheet.panic", p)
		}
	}()
	rd := &reader{name: name, opt: opt, identify: true, names: map[string]string{}}
	if _, err := rd.read(data); err != nil {
		return nil, err
	}
	id = &Identity{Stamp: readStamp(rd.wb.CustomProps()), Names: rd.names}
	for _, t := range rd.tables {
		ids := t.seen.ids()
		slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b)) })
		id.Tables = append(id.Tables, ids)
	}
	return id, nil
}

// PassedOver reports whether the reader passed over an earlier table that
// named too few of the rubric's indicators (a legend, or another
// framework's table) to reach this one. Read with another rubric, the
// same workbook could give another table.
func (a *Answers) PassedOver() bool { return a.passedOver }
