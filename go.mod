module github.com/timelinekit/timelinekit

go 1.26.8
