import { describe, expect, it } from 'vitest'
import { startTimes } from './programme-document.ts'

describe('the programme\'s times', () => {
  it('starts each item when the ones before it end', () => {
    expect(startTimes('07:30', [5, 10, null, 30])).toEqual(['07:30', '07:35', '07:45', '07:45'])
    expect(startTimes('23:50', [15, 5])).toEqual(['23:50', null])
    expect(startTimes(null, [5, 5])).toEqual([null, null])
  })
})
